using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Adaptive Card container style; <c>Default</c> is omitted from the JSON.</summary>
[JsonConverter(typeof(AdaptiveEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    /// <summary>Not written: the host's default applies.</summary>
    Default = 0,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
