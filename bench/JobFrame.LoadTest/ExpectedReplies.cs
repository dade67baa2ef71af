using System.Text.Json;

namespace JobFrame.LoadTest;

/// <summary>Reads just enough of an expectReplies body to tell whether the bot said anything.</summary>
internal static class ExpectedReplies
{
    /// <summary>True when the body is <c>{"activities":[...]}</c> with at least one activity.</summary>
    public static bool HasAny(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("activities", out var activities)
                && activities.ValueKind == JsonValueKind.Array
                && activities.GetArrayLength() > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
