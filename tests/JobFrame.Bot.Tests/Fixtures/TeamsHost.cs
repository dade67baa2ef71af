using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using JobFrame.Bot.Teams.Hosting;
using JobFrame.Bot.Teams.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>
/// The host (<see cref="BotHostFixture"/>) wired to fresh Bot Framework stand-ins, with the echo handler in place of the
/// bot's logic unless a subclass asks for the bot's own: the pieces one test class needs, started and torn down together.
/// </summary>
public class TeamsHost : IAsyncLifetime, IAsyncDisposable
{
    public BotFrameworkStandIns StandIns { get; private set; } = null!;

    public EchoActivityHandler Handler { get; } = new();

    public FakeLogCollector Logs => Factory.Logs;

    public BotHostFixture Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        StandIns = await BotFrameworkStandIns.StartAsync();
        var settings = StandIns.BotSettings();
        Configure(settings);
        Factory = new BotHostFixture(new BotHostOptions
        {
            Environment = Environment,
            Settings = settings,
            Time = Time,
            RemoteAddress = RemoteAddress,
            Services = services =>
            {
                if (!UsesBotHandler)
                {
                    services.AddSingleton<ITeamsActivityHandler>(Handler);
                }

                // Only the token client talks to the stand-in's https endpoints; nothing else trusts its certificate.
                services.AddHttpClient(BotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(StandIns.TlsCertificate.TrustingHandler);
            },
        });
        Client = Factory.CreateClient();
    }

    /// <summary>Posts an activity as Teams would, with the given bearer token (or none).</summary>
    public Task<HttpResponseMessage> PostActivityAsync(JsonNode activity, string? bearerToken) =>
        PostRawAsync(Encoding.UTF8.GetBytes(activity.ToJsonString()), bearerToken);

    public async Task<HttpResponseMessage> PostRawAsync(byte[] body, string? bearerToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await Client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await StandIns.DisposeAsync();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    /// <summary>Where a subclass changes settings for its own host.</summary>
    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    /// <summary>Where a subclass runs the bot's own handler instead of the echo handler.</summary>
    protected virtual bool UsesBotHandler => false;

    /// <summary>Where a subclass runs the host in another environment (unauthenticated mode needs Development).</summary>
    protected virtual string Environment => "Testing";

    /// <summary>Where a subclass gives the host a clock it drives (a FakeTimeProvider), instead of the system's.</summary>
    protected virtual FakeTimeProvider? Time => null;

    /// <summary>Where a subclass makes every request arrive from a given address.</summary>
    protected virtual IPAddress? RemoteAddress => null;
}
