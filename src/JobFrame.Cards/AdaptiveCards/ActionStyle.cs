using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Style of an action button; <c>Default</c> is omitted from the JSON.</summary>
[JsonConverter(typeof(AdaptiveEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    /// <summary>Not written: the host's default applies.</summary>
    Default = 0,
    Positive,
    Destructive,
}
