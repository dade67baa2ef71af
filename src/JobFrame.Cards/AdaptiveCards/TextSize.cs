using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Adaptive Card text size; <c>Default</c> is omitted from the JSON.</summary>
[JsonConverter(typeof(AdaptiveEnumConverter<TextSize>))]
public enum TextSize
{
    /// <summary>Not written: the host's default applies.</summary>
    Default = 0,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
