using System.Text.Json.Serialization;

namespace JobFrame.Cards.BlockKit;

/// <summary>An interactive element. See https://api.slack.com/reference/block-kit/block-elements.</summary>
[JsonConverter(typeof(BlockElementConverter))]
public abstract class BlockElement
{
    /// <summary>Sets the <see cref="Type"/> every derived type declares as its <c>TypeName</c>.</summary>
    protected BlockElement(string type) => Type = type;

    /// <summary>The JSON <c>type</c>, written first: which kind of BlockElement this is.</summary>
    [JsonPropertyOrder(-2)]
    public string Type { get; }

    /// <summary>Identifies the element in interaction payloads; at most <see cref="SlackLimits.ActionIdLength"/> characters.</summary>
    [JsonPropertyOrder(-1)]
    public string? ActionId { get; init; }
}
