using System.Text.Json;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>A tap on a result preview; <c>type: "invoke"</c> sends <see cref="Value"/> back as <c>composeExtension/selectItem</c>.</summary>
public sealed class ThumbnailCardAction
{
    public const string InvokeType = "invoke";

    public required string Type { get; init; }

    public JsonElement? Value { get; init; }
}
