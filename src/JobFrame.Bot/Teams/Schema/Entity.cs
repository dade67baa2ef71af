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

    public string? Type { get; set; }

    /// <summary>For a mention: who was mentioned.</summary>
    public ChannelAccount? Mentioned { get; set; }

    /// <summary>For a mention: the markup in the message text, e.g. <c>&lt;at&gt;JobFrame&lt;/at&gt;</c>.</summary>
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
