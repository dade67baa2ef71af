namespace JobFrame.Bot.Teams.Schema;

/// <summary>Search results (<c>type: "result"</c>, a list of attachments) or a plain message (<c>type: "message"</c>).</summary>
public sealed class MessagingExtensionResult
{
    public const string ResultType = "result";
    public const string MessageType = "message";
    public const string ListLayout = "list";

    public required string Type { get; init; }

    public string? AttachmentLayout { get; init; }

    public IList<MessagingExtensionAttachment>? Attachments { get; init; }

    public string? Text { get; init; }
}
