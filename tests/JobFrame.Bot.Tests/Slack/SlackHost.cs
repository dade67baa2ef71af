using JobFrame.Bot.Slack.Authentication;
using JobFrame.Bot.Slack.Hosting;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobFrame.Bot.Tests.Slack;

/// <summary>
/// The real host (WebApplicationFactory&lt;Program&gt;) with Slack configured in memory, pointed at a local Web API
/// stand-in, with a fixed clock, the recording handler, and captured logs. One per test: nothing leaks between tests.
/// </summary>
internal sealed class SlackHost : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotToken = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";

    private readonly WebApplicationFactory<Program> _factory;
    private HttpClient? _client;

    private SlackHost(WebApplicationFactory<Program> factory, SlackApiStandIn standIn, FixedClock clock, HandlerJournal journal, CapturedLogs logs)
    {
        _factory = factory;
        StandIn = standIn;
        Clock = clock;
        Journal = journal;
        Logs = logs;
    }

    /// <summary>The client for the host; the host starts (and validates its options) on first use.</summary>
    public HttpClient Client => _client ??= _factory.CreateClient();

    public SlackApiStandIn StandIn { get; }

    public FixedClock Clock { get; }

    public HandlerJournal Journal { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// Starts a host; null settings are left out of configuration entirely. Without <paramref name="recordingHandler"/>
    /// the host answers with the bot's real handler over the bundled canon. <paramref name="time"/> should start at
    /// <see cref="FixedClock.DefaultNow"/> (or <paramref name="now"/>) so signed requests stay fresh.
    /// </summary>
    public static async Task<SlackHost> StartAsync(
        string? signingSecret = SigningSecret,
        string? botToken = BotToken,
        DateTimeOffset? now = null,
        IReadOnlyDictionary<string, string>? settings = null,
        bool recordingHandler = true,
        TimeProvider? time = null)
    {
        var standIn = await SlackApiStandIn.StartAsync();
        var clock = new FixedClock(now ?? FixedClock.DefaultNow);
        var journal = new HandlerJournal();
        var logs = new CapturedLogs();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("Slack:ApiBaseUrl", standIn.ApiBaseUrl.ToString());
            if (signingSecret is not null)
            {
                web.UseSetting("Slack:SigningSecret", signingSecret);
            }

            if (botToken is not null)
            {
                web.UseSetting("Slack:BotToken", botToken);
            }

            foreach (var setting in settings ?? new Dictionary<string, string>())
            {
                web.UseSetting(setting.Key, setting.Value);
            }

            web.ConfigureLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
            web.ConfigureTestServices(services =>
            {
                // A driven clock (FakeTimeProvider) replaces the fixed one: retry waits and timeouts then pass only when the test says.
                services.AddSingleton(time ?? clock);
                services.AddSingleton(journal);
                if (recordingHandler)
                {
                    services.AddScoped<ISlackHandler, RecordingSlackHandler>();
                }
            });
        });
        return new SlackHost(factory, standIn, clock, journal, logs);
    }

    public static string Sign(string timestamp, string body, string secret = SigningSecret) =>
        SlackSignatureVerifier.ComputeSignature(secret, timestamp, Encoding.UTF8.GetBytes(body));

    public static string InteractionForm(JsonObject payload) =>
        "payload=" + Uri.EscapeDataString(payload.ToJsonString());

    /// <summary>Posts a body exactly as given, with exactly the Slack headers given (null leaves a header out).</summary>
    public Task<HttpResponseMessage> PostAsync(
        string path, string body, string mediaType, string? timestamp, string? signature, IEnumerable<KeyValuePair<string, string>>? extraHeaders = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue(mediaType)),
        };
        if (timestamp is not null)
        {
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        }

        if (signature is not null)
        {
            request.Headers.Add("X-Slack-Signature", signature);
        }

        foreach (var header in extraHeaders ?? [])
        {
            request.Headers.Add(header.Key, header.Value);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Posts a body signed as Slack would sign it, now.</summary>
    public Task<HttpResponseMessage> PostSignedAsync(
        string path, string body, string mediaType, IEnumerable<KeyValuePair<string, string>>? extraHeaders = null) =>
        PostAsync(path, body, mediaType, Clock.UnixSeconds, Sign(Clock.UnixSeconds, body), extraHeaders);

    public Task<HttpResponseMessage> PostCommandAsync(string formBody) =>
        PostSignedAsync("/slack/commands", formBody, "application/x-www-form-urlencoded");

    public Task<HttpResponseMessage> PostEventAsync(JsonObject envelope, IEnumerable<KeyValuePair<string, string>>? extraHeaders = null) =>
        PostSignedAsync("/slack/events", envelope.ToJsonString(), "application/json", extraHeaders);

    public Task<HttpResponseMessage> PostInteractionAsync(JsonObject payload) =>
        PostSignedAsync("/slack/interactions", InteractionForm(payload), "application/x-www-form-urlencoded");

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        await _factory.DisposeAsync();
        await StandIn.DisposeAsync();
    }
}
