using JobFrame.Engine.Canon;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Answers;

/// <summary>The bot's own fixed sentences for situations that are not about the canon.</summary>
public static class EngineNotices
{
    public const string TooLong = "That message is too long for me. Ask about one title at a time, for example \"goals for Senior ML Engineer\".";

    public const string AskWhichTitle = "Which title or level do you mean? For example \"level P3\" or \"level Senior ML Engineer\".";

    public const string AskTwoLevels = "Name two levels to compare, for example \"compare P3 and P4\".";

    public const string UnknownAction = "That button is from an older card or was not recognised. Here is what I can do.";

    public const string NotARole = "That profile has no taxonomy role page; here are its goal frames instead.";

    /// <summary>Labels a level answer that is not about one role: the level's bars are universal.</summary>
    public const string UniversalLevel = "Universal level: these bars are the same in every job family; they are not tied to a role.";

    /// <summary>A level the canon names (code and name) but whose texts this bundle does not hold.</summary>
    public const string LevelWithoutData = "The canon has this level; this bundle has no data for it.";

    /// <summary>The level-only answer: the title named a level, but no role the canon covers.</summary>
    public static string NoRoleMatched(string query) =>
        $"No role in the canon matched '{query}'. This is the level it names, alone: no goal frames, because no role resolved.";

    /// <summary>A frame the profile cannot have ("--frame smart" on a taxonomy role), said plainly instead of an empty answer.</summary>
    public static string FrameNotBacked(FrameKind frame, Profile profile) =>
        $"The canon does not back {FrameName(frame)} for {profile.Title} ({profile.Code}): "
        + (profile.Role is not null
            ? "a taxonomy role has no job family responsibilities to build them from."
            : "the canon lacks the fields they are built from.");

    private static string FrameName(FrameKind frame) => frame switch
    {
        FrameKind.Smart => "SMART goals",
        FrameKind.Okr => "OKRs",
        FrameKind.Mbo => "MBO areas",
        _ => "a scorecard",
    };
}
