using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>A bot host wired to fresh stand-ins: the pieces one test class needs, started and torn down together.</summary>
public class TeamsHost : IAsyncLifetime, IAsyncDisposable
{
    public BotFrameworkStandIns StandIns { get; private set; } = null!;

    public EchoActivityHandler Handler { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    public BotApplicationFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        StandIns = await BotFrameworkStandIns.StartAsync();
        var settings = StandIns.BotSettings();
        Configure(settings);
        Factory = new BotApplicationFactory(settings, UsesBotHandler ? null : Handler, Logs, RemoteAddress, StandIns.TlsCertificate, Time, Environment);
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
        Logs.Dispose();
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
    protected virtual TimeProvider? Time => null;

    /// <summary>Where a subclass makes every request arrive from a given address.</summary>
    protected virtual IPAddress? RemoteAddress => null;
}
