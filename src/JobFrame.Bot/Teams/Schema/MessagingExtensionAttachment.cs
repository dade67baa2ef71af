using JobFrame.Bot.Http;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>One search result: the card inserted into the conversation, and the preview shown in the result list.</summary>
public sealed class MessagingExtensionAttachment
{
    public required string ContentType { get; init; }

    public JsonPayload? Content { get; init; }

    public Attachment? Preview { get; init; }
}
