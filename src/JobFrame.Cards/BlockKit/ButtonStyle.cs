using System.Text.Json.Serialization;

namespace JobFrame.Cards.BlockKit;

/// <summary>A button's colour; <c>Default</c> is omitted (a plain button).</summary>
[JsonConverter(typeof(SlackEnumConverter<ButtonStyle>))]
public enum ButtonStyle
{
    Default = 0,
    Primary,
    Danger,
}
