using System.Text.Json;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>A card or file carried by an activity.</summary>
public sealed class Attachment
{
    /// <summary>The MIME type of <see cref="Content"/>, e.g. <see cref="AdaptiveCardAttachment.ContentType"/>.</summary>
    public string? ContentType { get; set; }

    /// <summary>The card JSON, kept as a JSON element so any card model can be carried unchanged.</summary>
    public JsonElement? Content { get; set; }

    public Uri? ContentUrl { get; set; }

    public string? Name { get; set; }
}
