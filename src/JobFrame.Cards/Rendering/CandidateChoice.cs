using JobFrame.Cards.Actions;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Commands;
using JobFrame.Engine.Resolution;

namespace JobFrame.Cards.Rendering;

/// <summary>
/// What a candidate's button says and carries, the same in both dialects: it asks for the same intent again, this
/// time with the full profile code.
/// </summary>
internal static class CandidateChoice
{
    /// <summary>
    /// The payload and the title: the title says what it shows ("Show goals for ..."), or answers "Did you mean ...?"
    /// (<paramref name="yes"/>: "Yes, show goals for ..."). A role is offered only for a profile that has one.
    /// </summary>
    public static (CardActionData Data, string Title) Of(Candidate candidate, CommandIntent intent, bool yes)
    {
        var profile = candidate.Profile;
        var (data, words) = intent switch
        {
            CommandIntent.Level => (ActionPayloads.LevelOfProfile(profile.Code), yes ? CardWords.YesLevel : CardWords.ShowLevelOf),
            CommandIntent.Role when profile.Role is not null => (ActionPayloads.Role(profile.Code), yes ? CardWords.YesRole : CardWords.ShowRole),
            _ => (ActionPayloads.Goals(profile.Code), yes ? CardWords.YesGoals : CardWords.ShowGoalsFor),
        };
        return (data, words + Title(profile));
    }

    /// <summary>"AI / Machine Learning Engineering — P2", "Experienced AI/ML Engineer · P3": short enough for one button row.</summary>
    public static string Title(Profile profile) =>
        profile.Title.Contains(profile.Level.Code, StringComparison.Ordinal) ? profile.Title : profile.Title + " · " + profile.Level.Code;
}
