using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Adaptive Card font type; <c>Default</c> is omitted from the JSON.</summary>
[JsonConverter(typeof(AdaptiveEnumConverter<FontType>))]
public enum FontType
{
    /// <summary>Not written: the host's default applies.</summary>
    Default = 0,
    Monospace,
}
