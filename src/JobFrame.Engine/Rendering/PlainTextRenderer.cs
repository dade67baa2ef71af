using System.Globalization;
using System.Text;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Rendering;

/// <summary>
/// Every answer as plain text: the CLI's output and the text fallback of chat messages. Canon text is inserted
/// verbatim; the words around it are fixed templates. Goal frames use the seeds' "Copy / print as text" layout.
/// </summary>
public static class PlainTextRenderer
{
    /// <summary>Renders any answer as plain text.</summary>
    public static string Render(Answer answer) => answer switch
    {
        GoalsAnswer { MissingFrameNotice: { } notice } => notice + "\n",
        GoalsAnswer goals => TextExport.Render(goals.Frames, goals.RequestedFrame, FilledValues.Empty),
        LevelAnswer level => Level(level),
        CompareAnswer compare => Compare(compare),
        RoleAnswer role => Role(role),
        NeedsReviewAnswer review => NeedsReview(review),
        NoMatchAnswer noMatch => NoMatch(noMatch),
        HelpAnswer help => Help(help),
        ExportAnswer export => export.Content,
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer.GetType().Name, "no plain-text rendering"),
    };

    /// <summary>
    /// The first line of <see cref="Render"/> with leading white space removed: a chat message's notification text and
    /// a card's fallback. A whole goals answer opens with its title, so the frames are not written out for one line.
    /// </summary>
    public static string FirstLine(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer is GoalsAnswer { RequestedFrame: null } goals && IsOneTrimmedLine(goals.Frames.Title))
        {
            return goals.Frames.Title;
        }

        var text = Render(answer).AsSpan().TrimStart();
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text[..end]).ToString();
    }

    /// <summary>"Matched 'Senior ML Engineer'' → AI / Machine Learning Engineering — P4 (confidence 0.92) because ...".</summary>
    public static string MatchLine(TitleResolution resolution) =>
        resolution.Match is null
            ? string.Empty
            : $"Matched '{resolution.Query}' → {resolution.Match.Title} ({resolution.Match.Code}), confidence {Score(resolution.Confidence)}, because {resolution.Evidence}";

    /// <summary>A confidence as the canon prints it: two decimals.</summary>
    public static string Score(decimal confidence) => confidence.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The track with the current level marked: "P1 · P2 · [P3] · P4 · P5 · P6 · P7".</summary>
    public static string Track(IReadOnlyList<string> track, string current) =>
        string.Join(" · ", track.Select(code => string.Equals(code, current, StringComparison.OrdinalIgnoreCase) ? $"[{code}]" : code));

    private static bool IsOneTrimmedLine(string text) =>
        text.Length > 0 && !char.IsWhiteSpace(text[0]) && !text.Contains('\n', StringComparison.Ordinal);

    private static string Level(LevelAnswer answer)
    {
        var text = new StringBuilder();
        text.Append(answer.Level.DisplayName).Append('\n');
        if (answer.Profile is not null)
        {
            text.Append(answer.Profile.HeaderLine).Append('\n');
        }
        else
        {
            text.Append(EngineNotices.UniversalLevel).Append('\n');
        }

        if (answer is { NoRoleMatched: true, Resolution: { } resolution })
        {
            text.Append(EngineNotices.NoRoleMatched(resolution.Query)).Append('\n');
            text.Append("Why: ").Append(resolution.Evidence).Append('\n');
        }

        // A taxonomy role has no track in the canon, so none is drawn.
        if (answer.Track.Count > 0)
        {
            text.Append("Track: ").Append(Track(answer.Track, answer.Level.Code)).Append('\n');
        }

        if (!answer.Level.HasData)
        {
            text.Append(EngineNotices.LevelWithoutData).Append('\n');
        }

        if (answer.Level.Summary is not null)
        {
            text.Append(answer.Level.Summary).Append('\n');
        }

        if (answer.Level.Bars.Count > 0 || answer.Level.TypicalExperience is not null)
        {
            text.Append('\n');
        }

        foreach (var bar in answer.Level.Bars)
        {
            text.Append("  ").Append((bar.Dimension.DisplayName() + ":").PadRight(17)).Append(bar.Text)
                .Append("   [source: level dimension (").Append(bar.Dimension.DisplayName()).Append(")]\n");
        }

        if (answer.Level.TypicalExperience is not null)
        {
            text.Append("  ").Append("Typical experience: ").Append(answer.Level.TypicalExperience).Append('\n');
        }

        return text.ToString();
    }

    private static string Compare(CompareAnswer answer)
    {
        var text = new StringBuilder();
        text.Append(answer.Left.DisplayName).Append("  →  ").Append(answer.Right.DisplayName).Append('\n');
        if (answer.NothingToCompare is { } nothing)
        {
            text.Append('\n').Append(nothing).Append('\n');
        }

        foreach (var row in answer.Dimensions)
        {
            text.Append('\n').Append(row.Dimension.DisplayName()).Append(row.Changed ? " (changes)" : " (same)").Append('\n');
            text.Append("  ").Append(answer.Left.Code).Append(": ").Append(row.Left).Append('\n');
            text.Append("  ").Append(answer.Right.Code).Append(": ").Append(row.Right).Append('\n');
        }

        return text.ToString();
    }

    private static string Role(RoleAnswer answer)
    {
        var role = answer.Role;
        var text = new StringBuilder();
        text.Append(role.Title).Append(" (").Append(role.Code).Append(")\n");
        text.Append(answer.Profile.HeaderLine).Append('\n');
        var facts = new[] { role.Status, role.Confidence?.ToString(), role.Version }.Where(f => f is not null);
        text.Append(string.Join(" · ", facts)).Append('\n');
        if (role.Summary is not null)
        {
            text.Append('\n').Append(role.Summary).Append('\n');
        }

        foreach (var component in role.Components)
        {
            text.Append('\n').Append(component.Kind).Append('\n');
            foreach (var item in component.Items)
            {
                text.Append("  - ").Append(item).Append('\n');
            }
        }

        if (role.TitleAliases.Count > 0)
        {
            text.Append("\nTitle aliases\n");
            foreach (var alias in role.TitleAliases)
            {
                text.Append("  - ").Append(alias.Alias).Append(" (").Append(alias.Type).Append(", ").Append(alias.Confidence).Append(")\n");
            }
        }

        foreach (var classification in role.Classifications)
        {
            text.Append('\n').Append(classification.Scheme).Append(": ").Append(classification.Code).Append(' ').Append(classification.Title);
            if (classification.Source is not null)
            {
                text.Append(" (").Append(classification.Source).Append(')');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string NeedsReview(NeedsReviewAnswer answer)
    {
        var text = new StringBuilder();
        if (answer.Candidates is [{ } only])
        {
            // One candidate left: a yes-or-no question about it, not "which one".
            text.Append("Did you mean ").Append(only.Profile.Title).Append(" (").Append(only.Profile.Code).Append(") — ")
                .Append(only.Profile.Level.DisplayName).Append(", for '").Append(answer.Query).Append("'? Confidence ")
                .Append(Score(only.Confidence)).Append('\n');
            return text.ToString();
        }

        text.Append("Which one did you mean by '").Append(answer.Query).Append("'?\n");
        var n = 1;
        foreach (var candidate in answer.Candidates)
        {
            text.Append("  ").Append(n++).Append(". ").Append(candidate.Profile.Title).Append(" (").Append(candidate.Profile.Code)
                .Append(") — ").Append(candidate.Profile.Level.DisplayName).Append(", confidence ").Append(Score(candidate.Confidence)).Append('\n');
        }

        return text.ToString();
    }

    private static string NoMatch(NoMatchAnswer answer)
    {
        var text = new StringBuilder();
        text.Append("No confident match for '").Append(answer.Query).Append("' in the canon.\n");
        AppendCoverage(text, answer.Coverage);
        if (answer.Closest.Count > 0)
        {
            text.Append("Closest:\n");
            foreach (var candidate in answer.Closest)
            {
                text.Append("  - ").Append(candidate.Profile.Title).Append(" (").Append(candidate.Profile.Code).Append(")\n");
            }
        }

        return text.ToString();
    }

    private static string Help(HelpAnswer answer)
    {
        var text = new StringBuilder();
        if (answer.Notice is not null)
        {
            text.Append(answer.Notice).Append("\n\n");
        }

        text.Append("I turn a job title into its JobFrame canon level bars and fill-in goal frames (SMART goals, OKRs, MBO areas, scorecard).\n");
        text.Append("Try:\n");
        foreach (var example in answer.Examples)
        {
            text.Append("  - ").Append(example).Append('\n');
        }

        AppendCoverage(text, answer.Coverage);
        return text.ToString();
    }

    private static void AppendCoverage(StringBuilder text, CanonCoverage coverage)
    {
        text.Append("The canon covers:\n");
        foreach (var entry in coverage.Entries)
        {
            text.Append("  - ").Append(entry.Name).Append(": ").Append(string.Join(", ", entry.LevelCodes)).Append('\n');
        }

        if (coverage.More > 0)
        {
            text.Append("  - ").Append(CoverageWords.More(coverage.More)).Append('\n');
        }
    }
}
