using System.Text.Json.Serialization;

namespace JobFrame.Cards.BlockKit;

/// <summary>A layout block of a message or modal. See https://api.slack.com/reference/block-kit/blocks.</summary>
[JsonConverter(typeof(BlockConverter))]
public abstract class Block
{
    /// <summary>Sets the <see cref="Type"/> every derived type declares as its <c>TypeName</c>.</summary>
    protected Block(string type) => Type = type;

    /// <summary>The JSON <c>type</c>, written first: which kind of Block this is.</summary>
    [JsonPropertyOrder(-2)]
    public string Type { get; }

    /// <summary>At most <see cref="SlackLimits.BlockIdLength"/> characters; unique in the message or view.</summary>
    [JsonPropertyOrder(-1)]
    public string? BlockId { get; init; }
}
