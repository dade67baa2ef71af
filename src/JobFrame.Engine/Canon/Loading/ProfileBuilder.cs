namespace JobFrame.Engine.Canon.Loading;

/// <summary>
/// Cross-file validation and the profiles: every family level and every taxonomy role becomes one answerable
/// <see cref="Profile"/>. Duplicate codes and references to levels the canon lacks are errors.
/// </summary>
internal static class ProfileBuilder
{
    public static IReadOnlyList<Profile> Build(
        IReadOnlyList<Level> levels, IReadOnlyList<JobFamily> families, IReadOnlyList<TaxonomyRole> roles, List<CanonError> errors)
    {
        var levelsByCode = new Dictionary<string, Level>(StringComparer.OrdinalIgnoreCase);
        foreach (var level in levels)
        {
            if (!levelsByCode.TryAdd(level.Code, level))
            {
                errors.Add(Error(level.Location, $"duplicate level code '{level.Code}' (first at {levelsByCode[level.Code].Location})"));
            }
        }

        var profiles = new List<Profile>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        foreach (var family in families)
        {
            foreach (var familyLevel in family.Levels)
            {
                var code = $"{family.Code}.{familyLevel.LevelCode}";
                if (!levelsByCode.TryGetValue(familyLevel.LevelCode, out var level))
                {
                    errors.Add(Error(familyLevel.Location, $"level '{familyLevel.LevelCode}' is not in levels.yaml"));
                    continue;
                }

                if (!family.Track.Contains(familyLevel.LevelCode, StringComparer.OrdinalIgnoreCase))
                {
                    errors.Add(Error(familyLevel.Location, $"level '{familyLevel.LevelCode}' is not on the family's track"));
                }

                if (Claim(seen, code, familyLevel.Location, errors))
                {
                    profiles.Add(new Profile(
                        code, ProfileKind.JobFamilyLevel, $"{family.Focus} — {level.Code}", family.Superfunction, family.Focus,
                        level, family.Track, family, familyLevel, null));
                }
            }
        }

        // A taxonomy role has no track in the canon: its profile has none either (cards show its level only). Its level
        // may be on any track: P, M, S or E.
        foreach (var role in roles)
        {
            if (!levelsByCode.TryGetValue(role.LevelCode, out var level))
            {
                errors.Add(Error(role.Location, $"level '{role.LevelCode}' is not in levels.yaml"));
                continue;
            }

            if (Claim(seen, role.Code, role.Location, errors))
            {
                profiles.Add(new Profile(
                    role.Code, ProfileKind.TaxonomyRole, role.Title, role.Function, role.Focus, level, [], null, null, role));
            }
        }

        return profiles;
    }

    private static bool Claim(Dictionary<string, SourceLocation> seen, string code, SourceLocation at, List<CanonError> errors)
    {
        if (seen.TryGetValue(code, out var first))
        {
            errors.Add(Error(at, $"duplicate profile code '{code}' (first at {first})"));
            return false;
        }

        seen[code] = at;
        return true;
    }

    private static CanonError Error(SourceLocation at, string problem) => new(at.File, at.Line, problem);
}
