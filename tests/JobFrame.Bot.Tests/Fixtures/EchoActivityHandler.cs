using JobFrame.Bot.Http;
using System.Collections.Concurrent;
using System.Text.Json;
using JobFrame.Bot.Teams.Handlers;
using JobFrame.Bot.Teams.Hosting;
using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>
/// The stand-in for the bot's logic: echoes what the user typed (without the bot mention), echoes card
/// submits and Action.Execute data, welcomes when added, and remembers every activity it was given. A message or invoke
/// whose text is <see cref="FailText"/> makes it throw, as a broken handler would.
/// </summary>
public sealed class EchoActivityHandler : ITeamsActivityHandler
{
    public const string FailText = "please fail";

    private readonly ConcurrentQueue<Activity> _received = new();

    public IReadOnlyCollection<Activity> Received => _received;

    public IReadOnlyList<Activity> ReceivedIn(string conversationId) =>
        [.. _received.Where(activity => activity.Conversation?.Id == conversationId)];

    public Task<IReadOnlyList<Activity>> OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        _received.Enqueue(activity);
        FailIfAsked(activity);
        IReadOnlyList<Activity> replies = activity switch
        {
            { Type: ActivityTypes.ConversationUpdate } when activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true =>
                [activity.CreateReply("welcome")],
            { Type: ActivityTypes.Message, Value: { } value } => [activity.CreateReply("echo submit: " + value.GetRawText())],
            { Type: ActivityTypes.Message } => [activity.CreateReply("echo: " + MentionText.WithoutBotMention(activity))],
            _ => [],
        };
        return Task.FromResult(replies);
    }

    public Task<InvokeResponse> OnInvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        _received.Enqueue(activity);
        FailIfAsked(activity);
        var body = new AdaptiveCardInvokeResponse
        {
            Type = AdaptiveCardInvokeResponse.MessageType,
            Value = JsonPayload.From("echo invoke: " + activity.Name, BotFrameworkJsonContext.Default.String),
        };
        return Task.FromResult(new InvokeResponse
        {
            Body = JsonPayload.From(body, BotFrameworkJsonContext.Default.AdaptiveCardInvokeResponse),
        });
    }

    private static void FailIfAsked(Activity activity)
    {
        if (activity.Text == FailText)
        {
            throw new InvalidOperationException("The handler failed, as the test asked.");
        }
    }
}
