using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace JobFrame.Bot.Http;

/// <summary>
/// A JSON request body serialised up front, so it goes out with a <c>Content-Length</c> header and never with
/// <c>Transfer-Encoding: chunked</c>: many gateways and proxies in front of the connector and Slack answer a chunked
/// request with 411, and the bodies are small. The bytes can be sent again, which a retried request needs.
/// </summary>
internal static class JsonRequestContent
{
    private static readonly MediaTypeHeaderValue JsonUtf8 = new("application/json") { CharSet = "utf-8" };

    /// <summary><paramref name="value"/> as UTF-8 JSON, <c>Content-Type: application/json; charset=utf-8</c>, with its length.</summary>
    public static ByteArrayContent Create<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = JsonUtf8;
        content.Headers.ContentLength = bytes.Length;
        return content;
    }
}
