namespace JobFrame.Bot.Slack.Schema;

/// <summary>One element interaction in <c>block_actions</c>: which element, and the value it carried.</summary>
public sealed class SlackAction
{
    public string ActionId { get; init; } = "";
    public string? BlockId { get; init; }
    public string? Type { get; init; }

    /// <summary>A button's value: the state the bot put there when it rendered the button.</summary>
    public string? Value { get; init; }

    public SlackOptionValue? SelectedOption { get; init; }
    public string? ActionTs { get; init; }
}
