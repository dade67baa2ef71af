using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobFrame.Cards.Actions;

/// <summary>
/// The payload of a card action. The bot keeps no conversation state, so the payload carries everything the
/// next turn needs: what to do (<see cref="Verb"/>), for which profile, with which frame or export format.
/// When an Action.Submit comes back, the host merges the card's input values into this object keyed by input id;
/// they arrive in <see cref="Values"/>.
/// </summary>
public sealed class CardActionData
{
    /// <summary>What the bot should do; one of <see cref="CardVerbs"/>.</summary>
    public required string Verb { get; init; }

    /// <summary>The full canon profile code (role and level) the action is about.</summary>
    public string? ProfileCode { get; init; }

    /// <summary>A second profile code, for comparisons.</summary>
    public string? OtherProfileCode { get; init; }

    /// <summary>The goal frame the action is about ("smart", "okr", "mbo", "scorecard").</summary>
    public string? Frame { get; init; }

    /// <summary>The export format ("text", "markdown", "csv").</summary>
    public string? Format { get; init; }

    /// <summary>The query the card answered, so a follow-up can say what it was about.</summary>
    public string? Query { get; init; }

    /// <summary>Input values the host merged in, and any other field a later card version adds.</summary>
    /// <remarks>Settable because System.Text.Json fills extension data only through a setter.</remarks>
    [JsonExtensionData]
    public IDictionary<string, JsonElement> Values { get; set; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
}
