using System.Text;

namespace JobFrame.Engine.Resolution;

/// <summary>
/// Turns typed text into comparable tokens: Unicode compatibility folding, lower case, and runs of letters and digits,
/// so "Sr.", "sr" and "ＳＲ" are one token and "Mid-Level" is the same two tokens as "mid level".
/// </summary>
internal static class TitleText
{
    private static readonly string[] RomanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    /// <summary>
    /// NFKC, then an explicit fold of the compatibility characters people actually type: the runtime runs with
    /// invariant globalization, where <see cref="string.Normalize(NormalizationForm)"/> may leave them untouched.
    /// </summary>
    public static string Fold(string text)
    {
        // Normalisation rejects ill-formed UTF-16 (a lone surrogate from a broken client), so those become U+FFFD first.
        var wellFormed = text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') ? ReplaceLoneSurrogates(text) : text;
        var normalized = wellFormed.IsNormalized(NormalizationForm.FormKC) ? wellFormed : wellFormed.Normalize(NormalizationForm.FormKC);
        if (!NeedsFold(normalized))
        {
            return normalized;
        }

        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            switch (c)
            {
                case >= '\uFF01' and <= '\uFF5E':
                    builder.Append((char)(c - 0xFEE0));
                    break;
                case '\u00A0' or '\u3000' or (>= '\u2000' and <= '\u200B'):
                    builder.Append(' ');
                    break;
                case >= '\u2160' and <= '\u216B':
                    builder.Append(RomanNumerals[c - '\u2160']);
                    break;
                case >= '\u2170' and <= '\u217B':
                    builder.Append(RomanNumerals[c - '\u2170']);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The ranges of the runs of letters and of digits in <paramref name="text"/>. A run ends where letters meet digits,
    /// so "IC3", "IC 3" and "ic-3" are the same two tokens, as are "MLE3" and "MLE 3"; codes split the same way on both sides.
    /// </summary>
    public static List<Range> Tokenize(string text)
    {
        var tokens = new List<Range>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var inToken = char.IsLetterOrDigit(c);
            if (start >= 0 && (!inToken || char.IsDigit(c) != char.IsDigit(text[i - 1])))
            {
                tokens.Add(new Range(start, i));
                start = -1;
            }

            if (inToken && start < 0)
            {
                start = i;
            }
        }

        if (start >= 0)
        {
            tokens.Add(new Range(start, text.Length));
        }

        return tokens;
    }

    /// <summary>The lower-case tokens of a phrase, as the index stores it ("AI/ML" → ["ai", "ml"]).</summary>
    public static string[] Tokens(string phrase)
    {
        var lower = Fold(phrase).ToLowerInvariant();
        return Tokenize(lower).Select(r => lower[r]).ToArray();
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static bool NeedsFold(string text)
    {
        foreach (var c in text)
        {
            if (c is '\u00A0' or '\u3000' or (>= '\u2000' and <= '\u200B') or (>= '\u2160' and <= '\u217B') or (>= '\uFF01' and <= '\uFF5E'))
            {
                return true;
            }
        }

        return false;
    }
}
