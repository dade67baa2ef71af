using System.Text.Json.Serialization;

namespace JobFrame.Cards.BlockKit;

/// <summary>An interactive element. See https://api.slack.com/reference/block-kit/block-elements.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ButtonElement), "button")]
[JsonDerivedType(typeof(PlainTextInputElement), "plain_text_input")]
[JsonDerivedType(typeof(DatePickerElement), "datepicker")]
[JsonDerivedType(typeof(ConversationsSelectElement), "conversations_select")]
public abstract class BlockElement
{
    /// <summary>Identifies the element in interaction payloads; at most <see cref="SlackLimits.ActionIdLength"/> characters.</summary>
    [JsonPropertyOrder(-1)]
    public string? ActionId { get; init; }
}
