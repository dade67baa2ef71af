using System.Text.Json;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>A tap on a result preview; <c>type: "invoke"</c> sends <see cref="Value"/> back as <c>composeExtension/selectItem</c>.</summary>
public sealed class ThumbnailCardAction
{
    public const string InvokeType = "invoke";

    public string? Type { get; set; }

    public JsonElement? Value { get; set; }
}
