using System.Text;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Commands;

/// <summary>
/// Turns what a manager typed into a <see cref="ChatCommand"/>: a common phrasing of an intent ("What's the difference
/// between P3 and P4?", "I need OKRs for a senior ML engineer", see <see cref="Phrasings"/>), a leading command word
/// (goals, okrs, level, compare, role, help), or a bare title, which means goals. Anything the parser does not
/// recognise is left in the subject for title resolution to judge; parsing never fails.
/// </summary>
public static class CommandParser
{
    /// <summary>Messages longer than this are refused with a friendly answer before any parsing.</summary>
    public const int MaxMessageLength = 2000;

    private static readonly string[] CompareSeparators = [" and ", " vs. ", " vs ", " versus ", " against ", " with ", " to ", " & "];

    private static readonly (string Word, CommandIntent Intent, FrameKind? Frame)[] Leads =
    [
        ("goal templates for", CommandIntent.Goals, null),
        ("goal templates", CommandIntent.Goals, null),
        ("smart goals for", CommandIntent.Goals, FrameKind.Smart),
        ("smart goals", CommandIntent.Goals, FrameKind.Smart),
        ("goals for", CommandIntent.Goals, null),
        ("goals", CommandIntent.Goals, null),
        ("goal for", CommandIntent.Goals, null),
        ("goal", CommandIntent.Goals, null),
        ("okrs for", CommandIntent.Goals, FrameKind.Okr),
        ("okrs", CommandIntent.Goals, FrameKind.Okr),
        ("okr for", CommandIntent.Goals, FrameKind.Okr),
        ("okr", CommandIntent.Goals, FrameKind.Okr),
        ("mbo for", CommandIntent.Goals, FrameKind.Mbo),
        ("mbo", CommandIntent.Goals, FrameKind.Mbo),
        ("scorecard for", CommandIntent.Goals, FrameKind.Scorecard),
        ("scorecard", CommandIntent.Goals, FrameKind.Scorecard),
        ("level of", CommandIntent.Level, null),
        ("level for", CommandIntent.Level, null),
        ("levels for", CommandIntent.Level, null),
        ("level", CommandIntent.Level, null),
        ("bars for", CommandIntent.Level, null),
        ("bars", CommandIntent.Level, null),
        ("compare", CommandIntent.Compare, null),
        ("difference between", CommandIntent.Compare, null),
        ("role", CommandIntent.Role, null),
        ("profile", CommandIntent.Role, null),
    ];

    private static readonly HashSet<string> HelpWords = new(StringComparer.OrdinalIgnoreCase)
    {
        string.Empty, "help", "?", "hi", "hello", "hey", "start", "menu", "what can you do", "what can you do?",
    };

    /// <summary>
    /// Parses a message. Returns Help for an empty message; the caller refuses over-long ones first. The common
    /// phrasings (<see cref="Phrasings"/>) are read first, then the lead words; a bare imperative ("show", "draft")
    /// is dropped only when a command follows it.
    /// </summary>
    public static ChatCommand Parse(string? message)
    {
        var text = Tidy(message ?? string.Empty);
        if (HelpWords.Contains(text))
        {
            return new ChatCommand(CommandIntent.Help, string.Empty);
        }

        var unwrapped = Phrasings.Unwrap(text);
        if (unwrapped.Length == 0 || Phrasings.IsHelp(unwrapped))
        {
            return new ChatCommand(CommandIntent.Help, string.Empty);
        }

        if (Recognised(unwrapped) is { } command)
        {
            return command;
        }

        if (Phrasings.AfterImperative(unwrapped) is { } rest && Recognised(rest) is { } requested)
        {
            return requested;
        }

        return new ChatCommand(CommandIntent.Goals, Phrasings.CleanSubject(unwrapped));
    }

    /// <summary>The command a phrasing or a lead word expresses; null for a bare title.</summary>
    private static ChatCommand? Recognised(string text)
    {
        if (Phrasings.Match(text) is { } phrased)
        {
            return phrased;
        }

        foreach (var (word, intent, frame) in Leads)
        {
            if (!StartsWithWord(text, word))
            {
                continue;
            }

            var rest = text[word.Length..].TrimStart(' ', ':', ',', '-').Trim();
            if (intent == CommandIntent.Compare)
            {
                return ParseCompare(rest);
            }

            return new ChatCommand(intent, Phrasings.CleanSubject(rest), Frame: frame);
        }

        return null;
    }

    /// <summary>True when the message is too long to answer.</summary>
    public static bool IsTooLong(string? message) => message is not null && message.Length > MaxMessageLength;

    /// <summary>"P3 and P4", "P3 with P4": the two subjects of a comparison, each without the words no title has.</summary>
    internal static ChatCommand ParseCompare(string rest)
    {
        foreach (var separator in CompareSeparators)
        {
            var at = rest.IndexOf(separator, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                return new ChatCommand(CommandIntent.Compare, CompareSubject(rest[..at]), CompareSubject(rest[(at + separator.Length)..]));
            }
        }

        return new ChatCommand(CommandIntent.Compare, CompareSubject(rest));
    }

    /// <summary>"level P3" compares as "P3": the word level says nothing more in a comparison.</summary>
    private static string CompareSubject(string subject)
    {
        var text = Phrasings.CleanSubject(subject);
        return StartsWithWord(text, "level") && text.Length > "level ".Length ? text["level ".Length..].Trim() : text;
    }

    private static bool StartsWithWord(string text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && (text.Length == word.Length || !char.IsLetterOrDigit(text[word.Length]));

    /// <summary>Collapses white space (including non-breaking spaces) and trims; keeps every other character for resolution.</summary>
    private static string Tidy(string message)
    {
        var builder = new StringBuilder(message.Length);
        var pendingSpace = false;
        foreach (var c in message)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
