using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Keyboard hint for Input.Text; <c>Default</c> (text) is omitted from the JSON.</summary>
[JsonConverter(typeof(AdaptiveEnumConverter<TextInputStyle>))]
public enum TextInputStyle
{
    /// <summary>Not written: the host's default applies.</summary>
    Default = 0,
    Text,
    Tel,
    Url,
    Email,
    Password,
}
