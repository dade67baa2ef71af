using JobFrame.Bot.Slack.Authentication;
using JobFrame.Bot.Slack.Hosting;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using JobFrame.Bot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace JobFrame.Bot.Tests.Slack;

/// <summary>
/// The host (<see cref="BotHostFixture"/>) in Development with Slack configured, pointed at a local Web API stand-in,
/// on a clock the test drives (it stands still unless advanced), with the recording handler. One per test: nothing
/// leaks between tests.
/// </summary>
internal sealed class SlackHost : IAsyncDisposable
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string BotToken = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";

    /// <summary>The instant the host's clock starts at unless a test says otherwise.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private readonly BotHostFixture _factory;
    private HttpClient? _client;

    private SlackHost(BotHostFixture factory, SlackApiStandIn standIn, FakeTimeProvider clock, HandlerJournal journal)
    {
        _factory = factory;
        StandIn = standIn;
        Clock = clock;
        Journal = journal;
    }

    /// <summary>The client for the host; the host starts (and validates its options) on first use.</summary>
    public HttpClient Client => _client ??= _factory.CreateClient();

    public SlackApiStandIn StandIn { get; }

    /// <summary>The host's clock; requests are signed at its now.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>The clock's now in Unix seconds, as Slack's X-Slack-Request-Timestamp carries it.</summary>
    public string UnixSeconds => Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public HandlerJournal Journal { get; }

    public FakeLogCollector Logs => _factory.Logs;

    public IServiceProvider Services => _factory.Services;

    /// <summary>
    /// Starts a host; null settings are left out of configuration entirely. Without <paramref name="recordingHandler"/>
    /// the host answers with the bot's real handler over the bundled canon. The clock is <paramref name="time"/> when
    /// given (it should start at <see cref="DefaultNow"/> so signed requests stay fresh), else one at
    /// <paramref name="now"/> or <see cref="DefaultNow"/>.
    /// </summary>
    public static async Task<SlackHost> StartAsync(
        string? signingSecret = SigningSecret,
        string? botToken = BotToken,
        DateTimeOffset? now = null,
        IReadOnlyDictionary<string, string>? settings = null,
        bool recordingHandler = true,
        FakeTimeProvider? time = null)
    {
        var standIn = await SlackApiStandIn.StartAsync();
        var clock = time ?? new FakeTimeProvider(now ?? DefaultNow);
        var journal = new HandlerJournal();
        var configured = new Dictionary<string, string?> { ["Slack:ApiBaseUrl"] = standIn.ApiBaseUrl.ToString() };
        if (signingSecret is not null)
        {
            configured["Slack:SigningSecret"] = signingSecret;
        }

        if (botToken is not null)
        {
            configured["Slack:BotToken"] = botToken;
        }

        foreach (var setting in settings ?? new Dictionary<string, string>())
        {
            configured[setting.Key] = setting.Value;
        }

        var factory = new BotHostFixture(new BotHostOptions
        {
            Environment = "Development",
            Settings = configured,
            Time = clock,
            Services = services =>
            {
                services.AddSingleton(journal);
                if (recordingHandler)
                {
                    services.AddScoped<ISlackHandler, RecordingSlackHandler>();
                }
            },
        });
        return new SlackHost(factory, standIn, clock, journal);
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
        PostAsync(path, body, mediaType, UnixSeconds, Sign(UnixSeconds, body), extraHeaders);

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
