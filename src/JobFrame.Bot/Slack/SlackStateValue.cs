namespace JobFrame.Bot.Slack;

/// <summary>The current value of one input element (plain text, date picker or select).</summary>
public sealed record SlackStateValue
{
    public string? Type { get; init; }
    public string? Value { get; init; }
    public string? SelectedDate { get; init; }
    public SlackOptionValue? SelectedOption { get; init; }
}
