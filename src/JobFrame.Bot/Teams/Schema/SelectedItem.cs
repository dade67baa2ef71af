namespace JobFrame.Bot.Teams.Schema;

/// <summary>What a result preview's tap carries back in <c>composeExtension/selectItem</c>: the profile's code.</summary>
public sealed class SelectedItem
{
    public string? ProfileCode { get; init; }
}
