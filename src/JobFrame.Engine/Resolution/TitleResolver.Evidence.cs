using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Resolution;

/// <summary>
/// Evidence in words: each part of the title the way it was typed, what it was taken to mean, and where that mapping
/// comes from, with the canon's own words kept apart from the bot's vocabulary and the organisation's tables.
/// </summary>
public sealed partial class TitleResolver
{
    private const int ListedMeanings = 3;

    private string EvidenceText(string text, List<TermMatch> matches, Profile? chosen)
    {
        var parts = new List<string>(matches.Count);
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];

            // "ML Engineer" reads as one family term: the role noun belongs to it.
            if (match.Kind == TitleEntryKind.Family && i + 1 < matches.Count && matches[i + 1].Kind == TitleEntryKind.RoleNoun)
            {
                match = match with { End = matches[i + 1].End };
                i++;
            }

            parts.Add($"'{text[match.Start..match.End]}' → {(match.LooksLikeCode ? "a level code neither the canon nor an organisation ladder has" : Meaning(match.Entry, chosen))}");
        }

        return string.Join("; ", parts);
    }

    private string Meaning(TitleEntry? entry, Profile? chosen)
    {
        if (entry is null)
        {
            return "not a word the canon or its vocabulary knows";
        }

        return entry.Kind switch
        {
            TitleEntryKind.Profile => $"{entry.Profile!.Code} {entry.Profile.Title} ({entry.Source})",
            TitleEntryKind.Level when _levels.TryGetValue(entry.LevelCode!, out var level) && level.HasData => $"{level.Code} {level.Name} ({entry.Source})",
            TitleEntryKind.Level when _levels.TryGetValue(entry.LevelCode!, out var named) =>
                $"{named.Code} {named.Name}, a canon level this bundle has no data for ({entry.Source})",
            TitleEntryKind.Level => $"{entry.LevelCode}, a level the canon has no data for ({entry.Source})",
            TitleEntryKind.Family => $"{FamilyMeaning(entry, chosen)} ({(entry.Origin == TermOrigin.Vocabulary ? "family term" : entry.Source)})",
            TitleEntryKind.RoleNoun => $"role noun ({entry.Source})",
            TitleEntryKind.UncoveredRole => $"a role the canon does not cover ({entry.Source})",
            TitleEntryKind.LevelNotInCanon => $"a level the canon has no data for ({entry.Source})",
            TitleEntryKind.Ambiguous => "more than one thing in the canon: " + Listed(entry.Alternatives, m => Meaning(m, chosen), " or "),
            _ => $"ignored ({entry.Source})",
        };
    }

    /// <summary>
    /// At most <see cref="ListedMeanings"/> meanings in words, then how many more ("A or B or C or 117 more"): a title
    /// shared by 120 roles stays readable and cheap, in the evidence and in the conclusion alike.
    /// </summary>
    private static string Listed(IReadOnlyList<TitleEntry> meanings, Func<TitleEntry, string> words, string separator)
    {
        var shown = meanings.Take(ListedMeanings).Select(words);
        return string.Join(separator, meanings.Count <= ListedMeanings ? shown : shown.Append($"{meanings.Count - ListedMeanings} more"));
    }

    private string FamilyMeaning(TitleEntry entry, Profile? chosen) =>
        chosen is not null
            ? _familyNames[_familyIdsByKey[chosen.FamilyKey]]
            : string.Join(" or ", entry.FamilyIds.Select(id => _familyNames[id]));
}
