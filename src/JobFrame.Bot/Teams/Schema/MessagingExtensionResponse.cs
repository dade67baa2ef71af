namespace JobFrame.Bot.Teams.Schema;

/// <summary>The body of a search's invoke response: <c>{"composeExtension": {...}}</c>.</summary>
public sealed class MessagingExtensionResponse
{
    public required MessagingExtensionResult ComposeExtension { get; init; }
}
