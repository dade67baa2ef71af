using System.Text.Json.Serialization;

namespace JobFrame.Cards.BlockKit;

/// <summary>A Block Kit text object. See https://api.slack.com/reference/block-kit/composition-objects#text.</summary>
[JsonConverter(typeof(TextObjectConverter))]
public abstract class TextObject
{
    /// <summary>Sets the <see cref="Type"/> every derived type declares as its <c>TypeName</c>.</summary>
    protected TextObject(string type) => Type = type;

    /// <summary>The JSON <c>type</c>, written first: which kind of TextObject this is.</summary>
    [JsonPropertyOrder(-2)]
    public string Type { get; }

    public required string Text { get; init; }
}
