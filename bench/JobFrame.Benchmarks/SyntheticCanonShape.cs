using System.Globalization;

namespace JobFrame.Benchmarks;

/// <summary>
/// The shape of the synthetic large canon, shared by the in-memory factory and the YAML writer so both hold the same
/// canon: the collisions a real organisation's canon has, at scale.
/// <list type="bullet">
/// <item>Levels on three tracks: P1–P8, M1–M6, E1–E3; P1–P7 and M1–M4 with six bars, the rest by code and name only;
/// "Vice President" names both M6 and E3.</item>
/// <item><c>families</c> job families: four in five on the P track (P1–P7), one in five on the M track (M1–M4).</item>
/// <item><see cref="Functions"/> taxonomy functions × <see cref="RolesPerFunction"/> roles, on both tracks, titled from
/// <see cref="RoleTitles"/>: every title is shared by 120 roles in different functions, and "Senior Manager" is also
/// the name of the level M3.</item>
/// <item><c>aliases</c> organisation title spellings spread over the family profiles.</item>
/// </list>
/// With the defaults: 1,000 families, 10,000 profiles, 100,000 aliases, 3,600 roles sharing 30 titles. Text here is
/// filler, not canon.
/// </summary>
internal static class SyntheticCanonShape
{
    public const int Functions = 600;
    public const int RolesPerFunction = 6;

    public static readonly string[] RoleTitles =
    [
        "Manager", "Senior Manager", "Coordinator", "Specialist", "Account Manager", "Team Lead", "Operations Manager",
        "Program Manager", "Project Manager", "Analyst", "Senior Analyst", "Consultant", "Advisor", "Administrator",
        "Supervisor", "Officer", "Planner", "Associate", "Representative", "Technician", "Controller", "Strategist",
        "Producer", "Editor", "Auditor", "Buyer", "Scheduler", "Trainer", "Recruiter", "Designer",
    ];

    public static readonly string[] BarKeys = ["scope", "autonomy", "complexity", "impact", "decision_rights", "leadership"];

    /// <summary>Every level: code, name, and whether the synthetic canon gives it bars.</summary>
    public static IEnumerable<(string Code, string Name, bool HasBars)> Levels()
    {
        for (var i = 1; i <= 8; i++)
        {
            yield return ($"P{i}", $"Grade {i} Professional", i <= 7);
        }

        string[] managers = ["Grade 1 Manager", "Grade 2 Manager", "Senior Manager", "Director", "Senior Director", "Vice President"];
        for (var i = 1; i <= 6; i++)
        {
            yield return ($"M{i}", managers[i - 1], i <= 4);
        }

        yield return ("E1", "Director (Executive)", false);
        yield return ("E2", "Senior Director (Executive)", false);
        yield return ("E3", "Vice President", false);
    }

    public static bool OnManagerTrack(int family) => family % 5 == 4;

    /// <summary>The levels family <paramref name="family"/> runs, all with data.</summary>
    public static string[] Track(int family) =>
        OnManagerTrack(family) ? ["M1", "M2", "M3", "M4"] : ["P1", "P2", "P3", "P4", "P5", "P6", "P7"];

    public static string FamilyCode(int family) => string.Create(CultureInfo.InvariantCulture, $"FAM.F{family:D4}");

    public static string FamilyFocus(int family) => string.Create(CultureInfo.InvariantCulture, $"Field{family} Engineering");

    public static string FunctionCode(int function) => string.Create(CultureInfo.InvariantCulture, $"FN{function:D3}");

    public static string FunctionName(int function) => string.Create(CultureInfo.InvariantCulture, $"Function{function} Operations");

    /// <summary>Role <paramref name="role"/> of a function: its code, title and level (P or M track in turn).</summary>
    public static (string Code, string Title, string Level) Role(int function, int role)
    {
        var n = (function * RolesPerFunction) + role;
        var level = role % 2 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"P{((function + role) % 7) + 1}")
            : string.Create(CultureInfo.InvariantCulture, $"M{((function + role) % 4) + 1}");
        return (string.Create(CultureInfo.InvariantCulture, $"{FunctionCode(function)}.R{role}.{level}"), RoleTitles[n % RoleTitles.Length], level);
    }

    /// <summary>Organisation title spelling <paramref name="alias"/>: its text and the family profile it means.</summary>
    public static (string Title, string ProfileCode) OrganisationTitle(int alias, int families)
    {
        var family = alias % families;
        var track = Track(family);
        var variant = alias / families;
        return (string.Create(CultureInfo.InvariantCulture, $"Field{family} Variant{variant} Specialist"), $"{FamilyCode(family)}.{track[variant % track.Length]}");
    }
}
