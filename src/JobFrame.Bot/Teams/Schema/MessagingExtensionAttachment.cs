using JobFrame.Bot.Http;
using System.Text.Json;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>One search result: the card inserted into the conversation, and the preview shown in the result list.</summary>
public sealed class MessagingExtensionAttachment
{
    public string? ContentType { get; set; }

    public JsonPayload? Content { get; set; }

    public Attachment? Preview { get; set; }
}
