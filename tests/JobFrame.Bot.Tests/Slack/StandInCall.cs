using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace JobFrame.Bot.Tests.Slack;

/// <summary>One request the Web API stand-in received, with its framing (Content-Length, or chunked).</summary>
internal sealed record StandInCall(string Path, string? Authorization, string? ContentType, byte[] Body, long? ContentLength = null, bool Chunked = false)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public string Text => Encoding.UTF8.GetString(Body);

    public string? Form(string name) =>
        QueryHelpers.ParseQuery(Text).TryGetValue(name, out var value) ? value.ToString() : null;
}
