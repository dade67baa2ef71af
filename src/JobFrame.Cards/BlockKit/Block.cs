using System.Text.Json.Serialization;

namespace JobFrame.Cards.BlockKit;

/// <summary>A layout block of a message or modal. See https://api.slack.com/reference/block-kit/blocks.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(InputBlock), "input")]
public abstract class Block
{
    /// <summary>At most <see cref="SlackLimits.BlockIdLength"/> characters; unique in the message or view.</summary>
    [JsonPropertyOrder(-1)]
    public string? BlockId { get; init; }
}
