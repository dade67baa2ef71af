using System.Text;

namespace JobFrame.Engine.Exports;

/// <summary>
/// Makes a manager's typed value safe to put on one line of any export: every run of whitespace, control, line or
/// paragraph separator and bidirectional-override characters becomes one space, the ends are trimmed, and the result
/// is cut to <see cref="MaxLength"/> characters without splitting a surrogate pair. Escaping for Markdown and
/// CSV is the job of those exports.
/// </summary>
internal static class FillSanitizer
{
    public const int MaxLength = 200;

    /// <summary>The clean value, or null when nothing printable is left (the placeholder then stays).</summary>
    public static string? Sanitize(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        var clean = new StringBuilder(Math.Min(raw.Length, MaxLength + 1));
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (BreaksTheLine(c))
            {
                pendingSpace = clean.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                clean.Append(' ');
                pendingSpace = false;
            }

            clean.Append(c);
            if (clean.Length > MaxLength)
            {
                break;
            }
        }

        if (clean.Length > MaxLength)
        {
            var cut = char.IsHighSurrogate(clean[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            clean.Length = cut;
            while (clean.Length > 0 && clean[^1] == ' ')
            {
                clean.Length--;
            }
        }

        return clean.Length == 0 ? null : clean.ToString();
    }

    // Bidirectional embeddings, overrides and isolates can make a value display differently from what it is.
    private static bool BreaksTheLine(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
