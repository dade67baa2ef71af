using JobFrame.Bot.RateLimits;
using JobFrame.Bot.Slack.Hosting;
using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Slack.WebApi;
using JobFrame.Bot.Telemetry;
using JobFrame.Cards.Actions;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>
/// The bot's answers in Slack: slash commands answered in the HTTP response, mentions and direct messages answered in
/// their thread, buttons (exports, candidates, levels, comparisons, frames, fill-in, share), the lookup shortcut and
/// the fill-in modal. Every button value is a card payload (<see cref="ButtonValues"/>), so nothing is remembered
/// between requests. Failures are not caught here: the face's entry points (<see cref="SlackEndpoints"/> and the
/// background worker) log them once and answer kindly, never with a 500.
/// </summary>
/// <remarks>
/// One facet per file: commands and messages here; buttons and submissions in <c>.Interactions.cs</c>; the lookup
/// shortcut and modal in <c>.Lookup.cs</c>; the fill-in form in <c>.FillIn.cs</c>.
/// </remarks>
internal sealed partial class JobFrameSlackHandler(
    JobFrameEngine engine,
    ISlackWebApi web,
    ISlackBackgroundQueue queue,
    ChatRateLimiter limiter,
    QuestionTelemetry questions,
    ILogger<JobFrameSlackHandler> logger) : ISlackHandler
{
    private const string ChannelName = "slack";

    public async Task<SlackMessage> OnSlashCommandAsync(SlashCommand command, CancellationToken ct)
    {
        if (!await limiter.TryAcquireAsync(ChannelName, command.UserId, command.ChannelId))
        {
            return SlackAnswerMessages.Notice(ChatRateLimiter.SlowDownNotice);
        }

        var question = SlackText.Question(command.Text);
        var shareAs = new CardActionData { Verb = CardVerbs.Ask, Query = question };
        return SlackAnswerMessages.Message(Ask(question), SlackResponseType.Ephemeral, shareAs);
    }

    public async Task OnMessageEventAsync(SlackEvent message, CancellationToken ct)
    {
        if (!web.IsConfigured)
        {
            // Events carry no response_url: without the token there is no way to answer at all.
            Log.BotTokenMissing(logger, "reply to " + message.Type);
            return;
        }

        if (!await limiter.TryAcquireAsync(ChannelName, message.User, message.Channel))
        {
            await web.PostMessageAsync(SlackAnswerMessages.PostNotice(ChatRateLimiter.SlowDownNotice, message.Channel!, message.ReplyThreadTs), ct);
            return;
        }

        var answer = Ask(SlackText.Question(message.Text));
        await web.PostMessageAsync(SlackAnswerMessages.Post(answer, message.Channel!, message.ReplyThreadTs), ct);
    }

    private Answer Ask(string question) =>
        string.IsNullOrWhiteSpace(question) ? engine.Act(new ActionRequest(ActionVerb.Help)) : questions.Ask(engine, ChannelName, question);

    private void Enqueue(string name, Func<IServiceProvider, CancellationToken, Task> work, string? conversation = null) =>
        SlackReplyQueue.Enqueue(queue, logger, name, work, conversation);
}
