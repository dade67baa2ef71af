using System.Text.Json;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Cards.Actions;

/// <summary>
/// The payloads every button carries, the same for Adaptive Cards and Block Kit. The bot keeps no state, so each
/// payload names everything the next turn needs; <see cref="CardActionReader"/> reads them back.
/// </summary>
internal static class ActionPayloads
{
    /// <summary>Extension keys for the level codes of level and compare buttons (the payload model has no fields for them).</summary>
    public const string LevelCodeKey = "levelCode";
    public const string OtherLevelCodeKey = "otherLevelCode";

    public static CardActionData Goals(string profileCode, FrameKind? frame = null, string? verb = null) =>
        new() { Verb = verb ?? CardVerbs.Goals, ProfileCode = profileCode, Frame = frame?.Key() };

    public static CardActionData LevelOfProfile(string profileCode) => new() { Verb = CardVerbs.Level, ProfileCode = profileCode };

    public static CardActionData Level(string levelCode) => WithLevels(new CardActionData { Verb = CardVerbs.Level }, levelCode, null);

    public static CardActionData Compare(string levelCode, string otherLevelCode, string? profileCode) =>
        WithLevels(new CardActionData { Verb = CardVerbs.Compare, ProfileCode = profileCode }, levelCode, otherLevelCode);

    public static CardActionData Role(string profileCode) => new() { Verb = CardVerbs.Role, ProfileCode = profileCode };

    public static CardActionData Export(string profileCode, ExportFormat format, FrameKind? frame) =>
        new() { Verb = CardVerbs.Export, ProfileCode = profileCode, Format = format.Key(), Frame = frame?.Key() };

    /// <summary>A question to ask as if typed: help's example buttons.</summary>
    public static CardActionData Ask(string question) => new() { Verb = CardVerbs.Ask, Query = question };

    private static CardActionData WithLevels(CardActionData data, string levelCode, string? otherLevelCode)
    {
        data.Values[LevelCodeKey] = JsonString(levelCode);
        if (otherLevelCode is not null)
        {
            data.Values[OtherLevelCodeKey] = JsonString(otherLevelCode);
        }

        return data;
    }

    /// <summary>A string as a JSON value, for the payload's extension keys.</summary>
    public static JsonElement JsonString(string value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStringValue(value);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }
}
