namespace JobFrame.Engine.Resolution;

/// <summary>
/// The words of one title sorted by what explains them: canon profiles, levels and families, the vocabulary's role
/// nouns, and the words nothing explains. The decision (TitleResolver.Decide) reads only this.
/// </summary>
internal sealed class TitleReading
{
    public List<TermMatch> Matches { get; } = [];

    public List<TitleEntry> Profiles { get; } = [];

    public List<TitleEntry> Levels { get; } = [];

    public List<TitleEntry> Families { get; } = [];

    /// <summary>Phrases the canon gives more than one meaning that the other words did not narrow to one.</summary>
    public List<TermMatch> Ambiguous { get; } = [];

    /// <summary>Words no canon, vocabulary or organisation term explains.</summary>
    public List<TermMatch> Unknown { get; } = [];

    public TermMatch? UnknownCode { get; private set; }

    public TermMatch? UncoveredRole { get; private set; }

    public bool NamesLevelNotInCanon { get; private set; }

    public List<TermMatch> RoleNouns { get; } = [];

    public static TitleReading Of(List<TermMatch> matches)
    {
        var reading = new TitleReading();
        foreach (var match in matches)
        {
            reading.Add(match);
        }

        return reading;
    }

    /// <summary>The least sure explained word: a title is only as sure as its weakest word (1 when none scores).</summary>
    public decimal WordScore
    {
        get
        {
            var score = 1m;
            foreach (var entry in Profiles.Concat(Levels).Concat(Families))
            {
                score = Math.Min(score, entry.Score);
            }

            return score;
        }
    }

    /// <summary>Level words only, no profile: how sure the title is of the level it names.</summary>
    public decimal LevelScore => Levels.Count == 0 ? 1m : Levels.Min(l => l.Score);

    /// <summary>
    /// Words nothing explains. A role noun ("Engineer") is explained by a family term ("ML Engineer") or by the title of
    /// the profile named (<paramref name="profileTitle"/>: "Engineer" in "Experienced AI/ML Engineer"); otherwise it
    /// explains nothing ("Engineering Manager" is not the role titled "Manager").
    /// </summary>
    public int UnexplainedWords(string text, string? profileTitle = null)
    {
        if (Families.Count > 0 || RoleNouns.Count == 0)
        {
            return Unknown.Count;
        }

        var titleWords = profileTitle is null ? [] : TitleText.Tokens(profileTitle);
        return Unknown.Count + RoleNouns.Count(m => !TitleText.Tokens(text[m.Start..m.End]).All(titleWords.Contains));
    }

    public bool OnlyLevels =>
        Levels.Count > 0 && Profiles.Count == 0 && Families.Count == 0 && Ambiguous.Count == 0 && Unknown.Count == 0 && RoleNouns.Count == 0
        && UncoveredRole is null;

    private void Add(TermMatch match)
    {
        Matches.Add(match);
        switch (match.Kind)
        {
            case null when match.LooksLikeCode:
                UnknownCode ??= match;
                Unknown.Add(match);
                break;
            case null:
                Unknown.Add(match);
                break;
            case TitleEntryKind.Profile:
                Profiles.Add(match.Entry!);
                break;
            case TitleEntryKind.Level:
                Levels.Add(match.Entry!);
                break;
            case TitleEntryKind.Family:
                Families.Add(match.Entry!);
                break;
            case TitleEntryKind.RoleNoun:
                RoleNouns.Add(match);
                break;
            case TitleEntryKind.UncoveredRole:
                UncoveredRole ??= match;
                break;
            case TitleEntryKind.LevelNotInCanon:
                NamesLevelNotInCanon = true;
                break;
            case TitleEntryKind.Ambiguous:
                Ambiguous.Add(match);
                break;
        }
    }
}
