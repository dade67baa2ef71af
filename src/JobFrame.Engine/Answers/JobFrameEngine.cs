using System.Runtime.CompilerServices;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Commands;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;
using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Answers;

/// <summary>
/// The one engine every face talks to: a chat message or a card action in, a render-neutral <see cref="Answer"/> out.
/// Pure and stateless; reads the canon snapshot once per call.
/// </summary>
public sealed class JobFrameEngine(ICanonSource canonSource, IUnresolvedQueryLog? unresolvedLog = null, TimeProvider? clock = null)
{
    private static readonly ConditionalWeakTable<CanonSnapshot, CanonCoverage> CoverageBySnapshot = [];

    /// <summary>Answers what a manager typed.</summary>
    public Answer Ask(string? message)
    {
        var canon = canonSource.Current;
        if (CommandParser.IsTooLong(message))
        {
            return Help(canon, EngineNotices.TooLong);
        }

        return Noted(Respond(canon, CommandParser.Parse(message)));
    }

    /// <summary>Answers a parsed command (the CLI builds these directly from its arguments).</summary>
    public Answer Respond(ChatCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return Noted(Respond(canonSource.Current, command));
    }

    /// <summary>Reports a not-confident answer to the unresolved-query log, if one is attached.</summary>
    private Answer Noted(Answer answer)
    {
        var (query, state) = answer switch
        {
            NoMatchAnswer noMatch => (noMatch.Query, "no_match"),
            NeedsReviewAnswer review => (review.Query, "needs_review"),
            LevelAnswer { NoRoleMatched: true, Resolution: { } levelOnly } => (levelOnly.Query, "no_match"),
            _ => (null, null),
        };
        if (unresolvedLog is not null && state is not null && !string.IsNullOrWhiteSpace(query))
        {
            unresolvedLog.Record(new UnresolvedQuery((clock ?? TimeProvider.System).GetUtcNow(), query, state));
        }

        return answer;
    }

    private static Answer Respond(CanonSnapshot canon, ChatCommand command) =>
        command.Intent switch
        {
            CommandIntent.Help => Help(canon, null),
            CommandIntent.Compare => AnswerCompare(canon, command),
            _ when string.IsNullOrWhiteSpace(command.Subject) => Help(canon, EngineNotices.AskWhichTitle),
            CommandIntent.Level => AnswerLevel(canon, command.Subject),
            CommandIntent.Role => AnswerRole(canon, command.Subject),
            _ => AnswerGoals(canon, command),
        };

    /// <summary>
    /// Answers a card action. An action naming a code the canon no longer has gets the help answer. The action's
    /// filled-in values travel on with the answer (<see cref="Answer.Fills"/>), whatever it is.
    /// </summary>
    public Answer Act(ActionRequest action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var answer = ActOn(canonSource.Current, action);
        return action.Fills is { FillIds.Count: > 0 } fills ? answer with { Fills = fills } : answer;
    }

    private static Answer ActOn(CanonSnapshot canon, ActionRequest action)
    {
        var profile = action.ProfileCode is null ? null : canon.FindProfile(action.ProfileCode);
        return action.Verb switch
        {
            ActionVerb.Goals when profile is not null => Goals(canon, profile, null, action.Frame),
            ActionVerb.Level when profile is not null => LevelOf(canon, profile, null),
            ActionVerb.Level when action.LevelCode is not null && canon.FindLevel(action.LevelCode) is { } level => BareLevel(canon, level, null),
            ActionVerb.Compare when Levels(canon, action) is ({ } left, { } right) => Compare(left, right),
            ActionVerb.Role when profile?.Role is not null => new RoleAnswer(profile, profile.Role, null),
            ActionVerb.Export when profile is not null => Export(profile, action),
            ActionVerb.Help => Help(canon, null),
            _ => Help(canon, EngineNotices.UnknownAction),
        };
    }

    /// <summary>The canon in use right now (for faces that show its version).</summary>
    public CanonSnapshot Canon => canonSource.Current;

    // Every command goes through the same resolver with evidence (docs/RESOLUTION.md); what differs is only what each
    // command shows for the resolved profile. A title that names a level but no covered role gets the level alone.
    private static Answer AnswerGoals(CanonSnapshot canon, ChatCommand command)
    {
        var resolution = canon.Resolver.Resolve(command.Subject);
        return resolution.State switch
        {
            ResolutionState.Confident when resolution.Match is { } profile => Goals(canon, profile, resolution, command.Frame),
            ResolutionState.NeedsReview => new NeedsReviewAnswer(command.Subject, CommandIntent.Goals, resolution.Candidates),
            _ => LevelOnlyOrNoMatch(canon, resolution),
        };
    }

    private static Answer AnswerLevel(CanonSnapshot canon, string subject)
    {
        var resolution = canon.Resolver.Resolve(subject);

        // A bare level ("level P3", "level M2", "level Senior") is universal: the level itself, not one family's profile.
        if (resolution is { OnlyLevelNamed: true, NamedLevel: { } named })
        {
            return BareLevel(canon, named, resolution);
        }

        return resolution.State switch
        {
            ResolutionState.Confident when resolution.Match is { } profile => LevelOf(canon, profile, resolution),
            ResolutionState.NeedsReview => new NeedsReviewAnswer(subject, CommandIntent.Level, resolution.Candidates),
            _ => LevelOnlyOrNoMatch(canon, resolution),
        };
    }

    private static Answer AnswerRole(CanonSnapshot canon, string subject)
    {
        var resolution = canon.Resolver.Resolve(subject);
        return resolution.State switch
        {
            ResolutionState.Confident when resolution.Match is { Role: { } role } profile => new RoleAnswer(profile, role, resolution),
            ResolutionState.Confident when resolution.Match is { } profile => LevelOf(canon, profile, resolution),
            ResolutionState.NeedsReview => new NeedsReviewAnswer(subject, CommandIntent.Role, resolution.Candidates),
            _ => LevelOnlyOrNoMatch(canon, resolution),
        };
    }

    /// <summary>No role resolved: the level the title surely names, labelled universal and not tied to a role; else no match.</summary>
    private static Answer LevelOnlyOrNoMatch(CanonSnapshot canon, TitleResolution resolution) =>
        resolution.NamedLevel is { } level ? BareLevel(canon, level, resolution) : NoMatch(canon, resolution);

    private static Answer AnswerCompare(CanonSnapshot canon, ChatCommand command)
    {
        if (string.IsNullOrWhiteSpace(command.Subject))
        {
            return Help(canon, EngineNotices.AskTwoLevels);
        }

        var left = LevelFor(canon, command.Subject, out var leftResolution);
        if (left is null)
        {
            return leftResolution.State == ResolutionState.NeedsReview
                ? new NeedsReviewAnswer(command.Subject, CommandIntent.Level, leftResolution.Candidates)
                : NoMatch(canon, leftResolution);
        }

        if (string.IsNullOrWhiteSpace(command.OtherSubject))
        {
            // "compare P3": with the next level up the canon has bars for, else the one below, on the level's own ladder.
            var ladder = canon.LadderOf(left);
            var other = canon.NeighbourLevel(ladder, left.Code, 1) ?? canon.NeighbourLevel(ladder, left.Code, -1);
            return other is null ? Help(canon, EngineNotices.AskTwoLevels) : Compare(left, other);
        }

        var right = LevelFor(canon, command.OtherSubject, out var rightResolution);
        if (right is null)
        {
            return rightResolution.State == ResolutionState.NeedsReview
                ? new NeedsReviewAnswer(command.OtherSubject, CommandIntent.Level, rightResolution.Candidates)
                : NoMatch(canon, rightResolution);
        }

        return Compare(left, right);
    }

    private static Level? LevelFor(CanonSnapshot canon, string subject, out TitleResolution resolution)
    {
        resolution = canon.Resolver.Resolve(subject);
        if (resolution is { State: ResolutionState.Confident, Match: { } profile })
        {
            return profile.Level;
        }

        // Exactly the level the text names, and only when it names one surely: never a level it merely resembles.
        return resolution.OnlyLevelNamed || resolution.State == ResolutionState.NoMatch ? resolution.NamedLevel : null;
    }

    private static GoalsAnswer Goals(CanonSnapshot canon, Profile profile, TitleResolution? resolution, FrameKind? frame) =>
        new(profile, GoalFrameBuilder.Build(profile), resolution, frame, canon.NeighbourLevel(profile, 1));

    private static LevelAnswer LevelOf(CanonSnapshot canon, Profile profile, TitleResolution? resolution) =>
        profile.Level.Bars.Count == 0
            ? new(profile.Level, profile.Track, profile, resolution, null, null)
            : new(profile.Level, profile.Track, profile, resolution, canon.NeighbourLevel(profile, -1), canon.NeighbourLevel(profile, 1));

    private static LevelAnswer BareLevel(CanonSnapshot canon, Level level, TitleResolution? resolution)
    {
        // A level known by name only has no bars to compare, so it offers no comparison.
        var ladder = canon.LadderOf(level);
        return level.Bars.Count == 0
            ? new LevelAnswer(level, ladder, null, resolution, null, null)
            : new LevelAnswer(level, ladder, null, resolution, canon.NeighbourLevel(ladder, level.Code, -1), canon.NeighbourLevel(ladder, level.Code, 1));
    }

    // Only dimensions both levels have: a side the canon lacks is not drawn as a change.
    private static CompareAnswer Compare(Level left, Level right) =>
        new(left, right, LevelDimensions.InCanonOrder
            .Select(d => (Dimension: d, Left: left.Bar(d)?.Text, Right: right.Bar(d)?.Text))
            .Where(d => d.Left is not null && d.Right is not null)
            .Select(d => new DimensionComparison(d.Dimension, d.Left!, d.Right!))
            .ToList());

    private static ExportAnswer Export(Profile profile, ActionRequest action)
    {
        var format = action.Format ?? ExportFormat.Text;
        var content = GoalFramesExport.Render(GoalFrameBuilder.Build(profile), format, action.Frame, action.Fills ?? FilledValues.Empty);
        var part = action.Frame?.ToString().ToLowerInvariant() ?? "goals";
        return new ExportAnswer(profile, format, action.Frame, content, $"{profile.Code}-{part}{format.FileExtension()}");
    }

    private static (Level? Left, Level? Right) Levels(CanonSnapshot canon, ActionRequest action) =>
        (action.LevelCode is null ? null : canon.FindLevel(action.LevelCode),
         action.OtherLevelCode is null ? null : canon.FindLevel(action.OtherLevelCode));

    private static HelpAnswer Help(CanonSnapshot canon, string? notice) => new(HelpExamples.All, Coverage(canon), notice);

    private static NoMatchAnswer NoMatch(CanonSnapshot canon, TitleResolution resolution) =>
        new(resolution.Query, Coverage(canon), resolution.Candidates);

    private static CanonCoverage Coverage(CanonSnapshot canon) =>
        CoverageBySnapshot.GetValue(canon, CanonCoverage.Of);
}
