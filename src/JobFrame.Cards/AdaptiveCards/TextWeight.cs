using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Adaptive Card font weight; <c>Default</c> is omitted from the JSON.</summary>
[JsonConverter(typeof(AdaptiveEnumConverter<TextWeight>))]
public enum TextWeight
{
    /// <summary>Not written: the host's default applies.</summary>
    Default = 0,
    Lighter,
    Bolder,
}
