using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Space above an element; <c>Default</c> is omitted from the JSON, <c>None</c> is written.</summary>
[JsonConverter(typeof(AdaptiveEnumConverter<Spacing>))]
public enum Spacing
{
    /// <summary>Not written: the host's default applies.</summary>
    Default = 0,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
