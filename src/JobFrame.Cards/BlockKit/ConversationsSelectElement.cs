namespace JobFrame.Cards.BlockKit;

/// <summary>A picker of channels and direct messages, for choosing where to share an answer.</summary>
public sealed class ConversationsSelectElement() : BlockElement(TypeName)
{
    /// <summary>The JSON <c>type</c> of a ConversationsSelectElement.</summary>
    public const string TypeName = "conversations_select";

    public PlainText? Placeholder { get; init; }

    public string? InitialConversation { get; init; }

    public bool DefaultToCurrentConversation { get; init; }

    /// <summary>In a modal's input block, asks Slack for a response_url for the chosen conversation.</summary>
    public bool ResponseUrlEnabled { get; init; }
}
