using System.Globalization;
using JobFrame.Bot.Slack.Schema;
using JobFrame.Cards.Actions;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>
/// Reads a manager's filled-in values out of Slack's <c>state.values</c>. Inputs are keyed by fill pair key
/// ("smart.1.baseline") as their action_id; anything else in the state is not a fill-in and is ignored.
/// </summary>
internal static class FillInValues
{
    /// <summary>The longest value kept; the exports cut anything longer, so the form says so first.</summary>
    public const int MaxLength = 200;

    /// <summary>The values and, keyed by block_id, what is wrong with the ones that cannot be used as typed.</summary>
    public static (FilledValues Fills, IReadOnlyDictionary<string, string> Errors) Read(SlackViewState? state)
    {
        var fills = FilledValues.Empty;
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (blockId, inputs) in state?.Values ?? new Dictionary<string, IReadOnlyDictionary<string, SlackStateValue>>())
        {
            foreach (var (actionId, input) in inputs)
            {
                var value = input.SelectedDate ?? input.Value;
                if (string.IsNullOrWhiteSpace(value) || !FillKeys.TryParse(actionId, out var fillId, out var slot))
                {
                    continue;
                }

                var problem = Problem(value.Trim(), slot);
                if (problem is not null)
                {
                    errors[blockId] = problem;
                    continue;
                }

                fills = fills.With(fillId, slot, value);
            }
        }

        return (fills, errors);
    }

    private static string? Problem(string value, Placeholders slot)
    {
        if (value.Length > MaxLength)
        {
            return SlackBotWords.TooLong(MaxLength, value.Length);
        }

        // Slack's date picker sends YYYY-MM-DD; anything else was not picked there and would not sort or read alike.
        return slot == Placeholders.Date && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? SlackBotWords.DateFormat
            : null;
    }
}
