using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>
/// Metadata attached to an activity. The bot reads <c>mention</c> entities; the other kinds Teams sends
/// (<c>clientInfo</c> ...) are carried through untouched in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class Entity
{
    public const string MentionType = "mention";

    public required string Type { get; init; }

    /// <summary>For a mention: who was mentioned.</summary>
    public ChannelAccount? Mentioned { get; init; }

    /// <summary>For a mention: the markup in the message text, e.g. <c>&lt;at&gt;JobFrame&lt;/at&gt;</c>.</summary>
    public string? Text { get; init; }

    // The one setter among the wire models: System.Text.Json fills extension data only through one.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
