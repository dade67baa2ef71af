using JobFrame.Bot.Http;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>A card or file carried by an activity.</summary>
public sealed class Attachment
{
    /// <summary>The MIME type of <see cref="Content"/>, e.g. <see cref="AdaptiveCardAttachment.ContentType"/>.</summary>
    public required string ContentType { get; init; }

    /// <summary>The card: the JSON that arrived, or a typed card model written once when the activity is sent.</summary>
    public JsonPayload? Content { get; init; }

    public Uri? ContentUrl { get; init; }

    public string? Name { get; init; }
}
