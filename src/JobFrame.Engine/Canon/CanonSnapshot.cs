using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Canon;

/// <summary>
/// One loaded, validated canon: immutable, shared by every request, swapped whole on reload.
/// Lookups by code are dictionaries built once here; nothing on the request path reads a file.
/// </summary>
public sealed class CanonSnapshot
{
    private readonly Dictionary<string, Profile> _profilesByCode;
    private readonly Dictionary<string, Level> _levelsByCode;

    public CanonSnapshot(
        string name,
        string version,
        string fingerprint,
        DateTimeOffset loadedAt,
        IReadOnlyList<Level> levels,
        IReadOnlyList<JobFamily> families,
        IReadOnlyList<TaxonomyRole> roles,
        IReadOnlyList<Profile> profiles,
        ResolutionVocabulary? vocabulary = null,
        TitleResolver? resolver = null)
    {
        Name = name;
        Version = version;
        Fingerprint = fingerprint;
        LoadedAt = loadedAt;
        Levels = levels;
        Families = families;
        Roles = roles;
        Profiles = profiles;
        _profilesByCode = profiles.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        _levelsByCode = levels.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);
        Vocabulary = vocabulary ?? ResolutionVocabulary.Empty;
        Resolver = resolver ?? TitleResolver.Create(levels, profiles, Vocabulary);
    }

    /// <summary>The canon's declared name (canon.yaml).</summary>
    public string Name { get; }

    /// <summary>The canon's declared version (canon.yaml).</summary>
    public string Version { get; }

    /// <summary>A SHA-256 over every canon file's path and bytes: changes whenever any file changes.</summary>
    public string Fingerprint { get; }

    public DateTimeOffset LoadedAt { get; }

    public IReadOnlyList<Level> Levels { get; }

    public IReadOnlyList<JobFamily> Families { get; }

    public IReadOnlyList<TaxonomyRole> Roles { get; }

    /// <summary>Every answerable profile, job family levels first, in canon order.</summary>
    public IReadOnlyList<Profile> Profiles { get; }

    /// <summary>The bot's resolution vocabulary and the organisation tables loaded with this canon (not canon text).</summary>
    public ResolutionVocabulary Vocabulary { get; }

    /// <summary>The title index of this canon, built once at load.</summary>
    public TitleResolver Resolver { get; }

    public Profile? FindProfile(string code) => _profilesByCode.GetValueOrDefault(code);

    public Level? FindLevel(string code) => _levelsByCode.GetValueOrDefault(code);

    /// <summary>
    /// Facts a canon editor should look at, never load errors: phrases with more than one canon meaning (a title shared
    /// by roles, a role titled like a level name, a level name on two tracks) and vocabulary terms ignored because the
    /// canon says otherwise. `jobframe canon check` prints them.
    /// </summary>
    public IReadOnlyList<CanonError> Warnings => Resolver.Warnings;

    /// <summary>
    /// The universal ladder a level belongs to: the canon's levels of the same series in levels.yaml order (P1 … P8 for P3,
    /// M1 … M6 for M2). This is the canon's own ladder, not a family's track.
    /// </summary>
    public IReadOnlyList<string> LadderOf(Level level) =>
        Levels.Where(l => l.Series == level.Series).Select(l => l.Code).ToList();

    /// <summary>
    /// The next level up (step 1) or down (step -1) the profile's track (a taxonomy role: the universal ladder of its
    /// level) that the canon has bars for. Levels are universal, so this compares bars, whichever family the profile is in.
    /// </summary>
    public Level? NeighbourLevel(Profile profile, int step) =>
        NeighbourLevel(profile.Track.Count > 0 ? profile.Track : LadderOf(profile.Level), profile.Level.Code, step);

    /// <summary>The next level up or down <paramref name="track"/> from <paramref name="levelCode"/> that the canon has bars for.</summary>
    public Level? NeighbourLevel(IReadOnlyList<string> track, string levelCode, int step)
    {
        var index = IndexOnTrack(track, levelCode);
        if (index < 0)
        {
            return null;
        }

        for (var i = index + step; i >= 0 && i < track.Count; i += step)
        {
            if (FindLevel(track[i]) is { Bars.Count: > 0 } level)
            {
                return level;
            }
        }

        return null;
    }

    private static int IndexOnTrack(IReadOnlyList<string> track, string levelCode)
    {
        for (var i = 0; i < track.Count; i++)
        {
            if (string.Equals(track[i], levelCode, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
