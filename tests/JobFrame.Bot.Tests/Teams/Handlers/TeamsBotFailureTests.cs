using System.Diagnostics.Metrics;
using JobFrame.Bot.Canon;
using JobFrame.Bot.RateLimits;
using JobFrame.Bot.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using JobFrame.Bot.Teams.Handlers;
using JobFrame.Bot.Teams.Hosting;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Bot.Tests.Fixtures;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace JobFrame.Bot.Tests.Teams.Handlers;

/// <summary>When answering fails, the user gets an apology and the log gets one line without the message.</summary>
public sealed class TeamsBotFailureTests : IDisposable
{
    private const int HandlerFailed = 4010;
    private const string Secret = "goals for Project Nightingale lead";

    private readonly FakeLogCollector _logs = new();
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly TeamsFailurePolicy _handler;

    public TeamsBotFailureTests()
    {
        // Only the message path is exercised, which needs neither file delivery nor follow-ups. The handler runs under the
        // entry point's failure policy, which logs and answers for it.
        _handler = new TeamsFailurePolicy(
            new JobFrameTeamsHandler(
                new JobFrameEngine(new BrokenCanonSource()),
                exports: null!,
                followUps: null!,
                search: null!,
                new ChatRateLimiter(Options.Create(new ChatRateLimitOptions())),
                new QuestionTelemetry(new BotMetrics(_meters.GetRequiredService<IMeterFactory>(), new CanonHolder(Options.Create(new CanonOptions()))))),
            new FakeLogger<ActivityRequestHandler>(_logs));
    }

    [Fact]
    public async Task Message_WhenTheEngineFails_IsAnsweredWithAnApologyAndLoggedOnceWithoutTheText()
    {
        var message = new Activity { Type = ActivityTypes.Message, Id = "1", Text = Secret, Conversation = new ConversationAccount { Id = "a:1" } };

        var replies = await _handler.OnActivityAsync(message, CancellationToken.None);

        var reply = Assert.Single(replies);
        Assert.Equal(TeamsBotWords.SomethingWentWrong, reply.Text);
        var logged = Assert.Single(_logs.GetSnapshot(), e => e.Id.Id == HandlerFailed);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.DoesNotContain(_logs.GetSnapshot(), e => e.Message.Contains("Nightingale", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AdaptiveCardAction_WhenTheEngineFails_Is200WithAnApologyMessage()
    {
        var invoke = new Activity
        {
            Type = ActivityTypes.Invoke,
            Name = InvokeNames.AdaptiveCardAction,
            Value = System.Text.Json.JsonDocument.Parse("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"goals\",\"data\":{\"profileCode\":\"X.P4\"}}}").RootElement.Clone(),
        };

        var response = await _handler.OnInvokeAsync(invoke, CancellationToken.None);

        Assert.Equal(200, response.Status);
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, response.Body?.ToElement().GetProperty("type").GetString());
        Assert.Equal(TeamsBotWords.SomethingWentWrong, response.Body?.ToElement().GetProperty("value").GetString());
        Assert.Single(_logs.GetSnapshot(), e => e.Id.Id == HandlerFailed);
    }

    public void Dispose()
    {
        _meters.Dispose();
    }

    private sealed class BrokenCanonSource : ICanonSource
    {
        public CanonSnapshot Current => throw new IOException("the canon volume went away");
    }
}
