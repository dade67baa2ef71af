namespace JobFrame.Bot.Slack.Schema;

/// <summary>The current value of one input element (plain text, date picker or select).</summary>
public sealed class SlackStateValue
{
    public string? Type { get; init; }
    public string? Value { get; init; }
    public string? SelectedDate { get; init; }

    /// <summary>The conversation a conversations_select input picked (a channel or DM id).</summary>
    public string? SelectedConversation { get; init; }
    public SlackOptionValue? SelectedOption { get; init; }
}
