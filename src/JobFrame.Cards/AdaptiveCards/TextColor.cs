using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Adaptive Card text colour; <c>Default</c> is omitted from the JSON.</summary>
[JsonConverter(typeof(AdaptiveEnumConverter<TextColor>))]
public enum TextColor
{
    /// <summary>Not written: the host's default applies.</summary>
    Default = 0,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
