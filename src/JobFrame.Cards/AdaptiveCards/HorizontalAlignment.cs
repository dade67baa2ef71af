using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Horizontal alignment of text or content; <c>Default</c> (left) is omitted from the JSON.</summary>
[JsonConverter(typeof(AdaptiveEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    /// <summary>Not written: the host's default applies.</summary>
    Default = 0,
    Left,
    Center,
    Right,
}
