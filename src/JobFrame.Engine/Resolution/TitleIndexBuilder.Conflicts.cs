using System.Globalization;
using JobFrame.Engine.Canon;

namespace JobFrame.Engine.Resolution;

/// <summary>One phrase, two meanings: which source outranks which, and what is kept, warned about or refused.</summary>
internal sealed partial class TitleIndexBuilder
{
    private void Add(string phrase, TitleEntry entry)
    {
        var tokens = TitleText.Tokens(phrase);
        if (tokens.Length == 0)
        {
            Error(entry.Location, $"'{phrase}' has no letters or digits to match");
            return;
        }

        var existing = _index.Add(tokens, entry);
        if (existing is null || ReferenceEquals(existing, entry))
        {
            return;
        }

        if (existing.SameMeaning(entry))
        {
            // The same meaning stated twice (a role title that is also a canon alias): the surer mapping wins.
            if (entry.Score > existing.Score)
            {
                _index.Replace(tokens, entry);
            }

            return;
        }

        var described = string.Create(CultureInfo.InvariantCulture, $"'{phrase}' (normalised '{string.Join(' ', tokens)}')");
        if (existing.Origin == TermOrigin.Canon && entry.Origin == TermOrigin.Canon)
        {
            AddCanonMeaning(tokens, existing, entry, described);
            return;
        }

        if (existing.Origin == TermOrigin.Canon)
        {
            // Canon data always wins: the vocabulary or organisation entry is ignored for this term.
            Warning(entry.Location, $"{described} is ignored as {entry.Describe(_familyKeys)}: the canon already uses it for {existing.Describe(_familyKeys)} ({existing.Location})");
            return;
        }

        if (existing.Origin == TermOrigin.Vocabulary && entry.Origin == TermOrigin.Organisation)
        {
            // An organisation's own table outranks the bot's vocabulary.
            Warning(existing.Location, $"{described} is read as {entry.Describe(_familyKeys)} from the organisation table ({entry.Location}), not as {existing.Describe(_familyKeys)}");
            _index.Replace(tokens, entry);
            return;
        }

        Error(entry.Location, $"{described} would mean {entry.Describe(_familyKeys)}, but it already means {existing.Describe(_familyKeys)} ({existing.Location})");
    }

    /// <summary>
    /// Two canon meanings of one phrase. Two families with the same name become one family entry naming both; anything
    /// else becomes an ambiguous entry. Either way resolution asks which one, and canon check warns.
    /// </summary>
    private void AddCanonMeaning(string[] tokens, TitleEntry existing, TitleEntry entry, string described)
    {
        if (existing.Kind == TitleEntryKind.Family && entry.Kind == TitleEntryKind.Family)
        {
            _index.Replace(tokens, Family(existing.FamilyIds.Union(entry.FamilyIds).ToArray(), existing.Source, TermOrigin.Canon, 1m, existing.Location));
            return;
        }

        var alternatives = existing.Meanings.ToList();
        if (alternatives.Any(a => a.SameMeaning(entry)))
        {
            return;
        }

        // Names the first meaning only: a title shared by a hundred roles must not make a hundred warnings of a hundred names.
        var first = alternatives[0];
        var others = alternatives.Count > 1 ? $" and {alternatives.Count - 1} other meaning{(alternatives.Count == 2 ? string.Empty : "s")}" : string.Empty;
        Warning(entry.Location, $"{described} means {entry.Describe(_familyKeys)} and also {first.Describe(_familyKeys)} ({first.Location}){others}: a question naming it is answered with candidates");
        alternatives.Add(entry);
        _index.Replace(tokens, new TitleEntry
        {
            Kind = TitleEntryKind.Ambiguous,
            Alternatives = alternatives,
            Source = "canon",
            Origin = TermOrigin.Canon,
            Location = existing.Location,
        });
    }
}
