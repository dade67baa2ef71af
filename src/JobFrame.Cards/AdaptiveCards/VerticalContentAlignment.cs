using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Vertical alignment of a container's content; <c>Default</c> (top) is omitted from the JSON.</summary>
[JsonConverter(typeof(AdaptiveEnumConverter<VerticalContentAlignment>))]
public enum VerticalContentAlignment
{
    /// <summary>Not written: the host's default applies.</summary>
    Default = 0,
    Top,
    Center,
    Bottom,
}
