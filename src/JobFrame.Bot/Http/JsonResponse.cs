using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace JobFrame.Bot.Http;

/// <summary>
/// Writes a Bot Framework JSON body (an expectReplies answer, an invoke response) straight into the response pipe.
/// </summary>
/// <remarks>
/// Text is escaped only where JSON requires it (quotes, backslashes, control characters), as the Bot Framework SDKs
/// write it: a card's "—", "→" and "⟨target⟩" travel as UTF-8 rather than as \u escapes, which keeps bodies smaller
/// and is a large share of the cost of writing a card. The stricter default escaping exists for JSON pasted into an
/// HTML page; these bodies are only ever read as application/json.
/// </remarks>
internal static class JsonResponse
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync<T>(HttpResponse response, T value, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        await response.BodyWriter.FlushAsync(cancellationToken);
    }
}
