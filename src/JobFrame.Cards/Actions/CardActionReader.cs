using System.Text.Json;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Cards.Actions;

/// <summary>
/// Reads a card action's payload (Action.Submit or Action.Execute data with the inputs merged in, or a Block Kit
/// button value) back into the engine's <see cref="ActionRequest"/>. An unknown verb becomes a help request, so a
/// button from an older card still gets an answer.
/// </summary>
public static class CardActionReader
{
    /// <summary>Reads the payload as the host returned it.</summary>
    /// <exception cref="JsonException">The value is not a payload object.</exception>
    public static ActionRequest Read(JsonElement payload) => Read(AdaptiveCardSerializer.DeserializeActionData(payload));

    /// <summary>Maps a payload to the engine's action: verb, profile, level codes, frame, format and filled-in values.</summary>
    public static ActionRequest Read(CardActionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var frame = data.Frame is not null && FrameKinds.TryParse(data.Frame, out var kind) ? kind : (FrameKind?)null;
        var format = ExportFormats.TryParse(data.Format, out var parsed) ? parsed : (ExportFormat?)null;
        var verb = data.Verb?.Trim().ToLowerInvariant() switch
        {
            CardVerbs.Goals or CardVerbs.Choose or CardVerbs.Fill => ActionVerb.Goals,
            CardVerbs.Level => ActionVerb.Level,
            CardVerbs.Compare => ActionVerb.Compare,
            CardVerbs.Role => ActionVerb.Role,
            CardVerbs.Export => ActionVerb.Export,
            _ => ActionVerb.Help,
        };

        if (verb == ActionVerb.Help)
        {
            return new ActionRequest(ActionVerb.Help);
        }

        return new ActionRequest(
            verb,
            data.ProfileCode,
            StringValue(data, ActionPayloads.LevelCodeKey),
            StringValue(data, ActionPayloads.OtherLevelCodeKey),
            frame,
            format,
            FillsOf(data));
    }

    /// <summary>
    /// The question a button asks, when it is an "ask" button (help's examples): the face then answers it as a
    /// typed message (<see cref="JobFrameEngine.Ask"/>); null for every other button.
    /// </summary>
    public static string? QuestionOf(CardActionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return string.Equals(data.Verb, CardVerbs.Ask, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(data.Query) ? data.Query : null;
    }

    /// <summary>Answers a payload in one call: an asked question through <see cref="JobFrameEngine.Ask"/>, anything else through <see cref="JobFrameEngine.Act"/>.</summary>
    public static Answer Answer(JobFrameEngine engine, CardActionData data)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return QuestionOf(data) is { } question ? engine.Ask(question) : engine.Act(Read(data));
    }

    /// <summary>The merged input values whose ids are fill keys ("smart.1.baseline"); everything else is ignored.</summary>
    public static FilledValues FillsOf(CardActionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var fills = FilledValues.Empty;
        foreach (var (key, value) in data.Values)
        {
            if (value.ValueKind == JsonValueKind.String && FillKeys.TryParse(key, out var fillId, out var placeholder))
            {
                fills = fills.With(fillId, placeholder, value.GetString());
            }
        }

        return fills;
    }

    private static string? StringValue(CardActionData data, string key) =>
        data.Values.TryGetValue(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
