namespace JobFrame.Bot.Teams.Schema;

/// <summary>The HTTP body answering an activity sent with <c>deliveryMode: "expectReplies"</c>.</summary>
public sealed class ExpectedReplies
{
    public IList<Activity> Activities { get; init; } = [];
}
