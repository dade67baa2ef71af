using System.Text.Json;

namespace JobFrame.LoadTest;

/// <summary>Reads just enough of an expectReplies body to tell whether the bot said anything.</summary>
internal static class ExpectedReplies
{
    private static ReadOnlySpan<byte> ActivitiesName => "activities"u8;

    /// <summary>
    /// True when the body opens <c>{"activities":[{</c>: an expectReplies body with at least one activity. Only those
    /// first tokens are read, so checking a 15 KB card costs the driver nothing next to the host's work.
    /// </summary>
    public static bool HasAny(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject
                && reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(ActivitiesName)
                && reader.Read() && reader.TokenType == JsonTokenType.StartArray
                && reader.Read() && reader.TokenType == JsonTokenType.StartObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
