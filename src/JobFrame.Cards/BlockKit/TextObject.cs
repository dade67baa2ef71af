using System.Text.Json.Serialization;

namespace JobFrame.Cards.BlockKit;

/// <summary>A Block Kit text object. See https://api.slack.com/reference/block-kit/composition-objects#text.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(PlainText), "plain_text")]
[JsonDerivedType(typeof(Mrkdwn), "mrkdwn")]
public abstract class TextObject
{
    public required string Text { get; init; }
}
