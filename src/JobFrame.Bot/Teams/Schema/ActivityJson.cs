using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>
/// An outgoing activity as the JSON the connector receives, and its size as Teams measures it. Text is escaped only
/// where JSON requires it (quotes, backslashes, control characters; characters outside the Basic Multilingual Plane
/// as surrogate escapes), so "—", "⟨target⟩" and Japanese travel as themselves rather than as six-character
/// <c>\uXXXX</c> escapes that would count against the size limit.
/// </summary>
public static class ActivityJson
{
    /// <summary>
    /// The largest activity the bot sends, in bytes of its JSON counted as UTF-16 (two bytes per UTF-16 code unit), the
    /// way Teams measures a message before refusing it with 413 MessageSizeTooBig. Teams documented 40 KB until 2026
    /// and documents 100 KB (80 KB advised) today; older tenants and clouds lag, so the bot keeps to the smaller one.
    /// </summary>
    public const int MaxUtf16Bytes = 40_000;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The activity's JSON as UTF-8 bytes, exactly as posted.</summary>
    public static byte[] Serialize(Activity activity) => Serialize(activity, BotFrameworkJsonContext.Default.Activity);

    /// <summary>Any Bot Framework body (an activity, an invoke response) as UTF-8 JSON, escaped as the bot sends it.</summary>
    public static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return buffer.ToArray();
    }

    /// <summary>The size Teams checks: the JSON's UTF-16 code units times two.</summary>
    public static int Utf16Bytes(Activity activity) => Utf16Bytes(Serialize(activity));

    /// <summary>The UTF-16 size of JSON given as UTF-8 bytes.</summary>
    public static int Utf16Bytes(byte[] utf8Json) => Encoding.UTF8.GetCharCount(utf8Json) * 2;

    /// <summary>True when the activity is within <see cref="MaxUtf16Bytes"/>.</summary>
    public static bool Fits(Activity activity) => Utf16Bytes(activity) <= MaxUtf16Bytes;

    /// <summary>The activity as an <c>application/json; charset=utf-8</c> request body with its length known.</summary>
    public static HttpContent Content(Activity activity)
    {
        var content = new ByteArrayContent(Serialize(activity));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
