using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Commands;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Tests.Answers;

public sealed class JobFrameEngineTests
{
    private static readonly CanonSnapshot Canon = CanonLoader.Load(CanonFolders.BundledCanon);
    private static readonly JobFrameEngine Engine = new(new FixedCanonSource(Canon));

    [Fact]
    public void Ask_GoalsForSeniorMlEngineer_IsTheP4GoalsWithEvidenceAndNextLevel()
    {
        var answer = Assert.IsType<GoalsAnswer>(Engine.Ask("goals for Senior ML Engineer"));

        Assert.Equal("DATASC.AIMACHIN97C0.P4", answer.Profile.Code);
        Assert.Equal(["Smart", "Okr", "Mbo", "Scorecard"], answer.Frames.Frames.Select(f => f.Kind.ToString()));
        Assert.Contains("'Senior' → P4 Senior Professional (level name)", answer.Resolution!.Evidence, StringComparison.Ordinal);
        Assert.Equal("P5", answer.NextLevel?.Code); // the universal ladder has P5's bars
    }

    [Fact]
    public void Ask_OkrsFor_RemembersTheFrame() =>
        Assert.Equal(FrameKind.Okr, Assert.IsType<GoalsAnswer>(Engine.Ask("okrs for Senior ML Engineer")).RequestedFrame);

    [Fact]
    public void Ask_BareTitleWithoutLevel_NeedsReviewWithEveryProfile()
    {
        var answer = Assert.IsType<NeedsReviewAnswer>(Engine.Ask("ML Engineer"));

        Assert.Equal(CommandIntent.Goals, answer.Intent);
        Assert.Equal(
            ["AIMLAM.GEN.P3", "DATASC.AIMACHIN97C0.P2", "DATASC.AIMACHIN97C0.P4"],
            answer.Candidates.Select(c => c.Profile.Code).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("goals for VP of Sales")]
    [InlineData("Pastry Chef")]
    [InlineData("Engineering Manager")]
    public void Ask_UncoveredTitle_IsNoMatchSayingWhatTheCanonCovers(string message)
    {
        var answer = Assert.IsType<NoMatchAnswer>(Engine.Ask(message));

        Assert.Equal(
            ["AI / Machine Learning Engineering: P2, P4", "Experienced AI/ML Engineer: P3"],
            answer.Coverage.Entries.Select(e => $"{e.Name}: {string.Join(", ", e.LevelCodes)}"));
    }

    [Fact]
    public void Ask_LevelP3_IsTheUniversalLevelOnTheCanonsLadder()
    {
        var answer = Assert.IsType<LevelAnswer>(Engine.Ask("level P3"));

        Assert.Equal("P3", answer.Level.Code);
        Assert.Null(answer.Profile);
        Assert.True(answer.IsUniversal);
        Assert.False(answer.NoRoleMatched);
        Assert.Equal(["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"], answer.Track);
        Assert.Equal("P2", answer.PreviousLevel?.Code);
        Assert.Equal("P4", answer.NextLevel?.Code);
    }

    [Fact]
    public void Ask_LevelOfARole_CarriesTheRoleProfile()
    {
        var answer = Assert.IsType<LevelAnswer>(Engine.Ask("level Experienced AI/ML Engineer"));

        Assert.Equal("AIMLAM.GEN.P3", answer.Profile?.Code);
        Assert.Equal(6, answer.Level.Bars.Count);
    }

    [Fact]
    public void Ask_CompareP3AndP4_MarksEveryChangedDimension()
    {
        var answer = Assert.IsType<CompareAnswer>(Engine.Ask("compare P3 and P4"));

        Assert.Equal(("P3", "P4"), (answer.Left.Code, answer.Right.Code));
        Assert.Equal(6, answer.Dimensions.Count);
        Assert.All(answer.Dimensions, d => Assert.True(d.Changed));
        Assert.Equal("A system or set of related features", answer.Dimensions[0].Right);
    }

    [Fact]
    public void Ask_CompareOneLevel_ComparesWithTheNextLevelUp() =>
        Assert.Equal("P3", Assert.IsType<CompareAnswer>(Engine.Ask("compare P2")).Right.Code);

    [Fact]
    public void Ask_RoleOfTaxonomyRole_IsTheRoleAnswer() =>
        Assert.Equal("AIMLAM.GEN.P3", Assert.IsType<RoleAnswer>(Engine.Ask("role AIMLAM.GEN.P3")).Role.Code);

    [Fact]
    public void Ask_TooLong_IsAFriendlyNoticeNotAnError()
    {
        var answer = Assert.IsType<HelpAnswer>(Engine.Ask("goals for " + new string('x', 5000)));

        Assert.Equal(EngineNotices.TooLong, answer.Notice);
    }

    [Fact]
    public void Ask_CommandWordAlone_AsksWhichTitle() =>
        Assert.Equal(EngineNotices.AskWhichTitle, Assert.IsType<HelpAnswer>(Engine.Ask("level")).Notice);

    [Fact]
    public void HelpExamples_AreEachAnsweredByTheBundledCanon()
    {
        foreach (var example in HelpExamples.All)
        {
            var answer = Engine.Ask(example);
            Assert.False(answer is NoMatchAnswer or NeedsReviewAnswer or HelpAnswer, $"'{example}' was answered with {answer.GetType().Name}");
        }
    }

    [Fact]
    public void Act_ExportWithFills_PutsTheValuesWherePlaceholdersWere()
    {
        var fills = FilledValues.Parse(["smart.1.baseline=12%", "smart.1.target=30%", "smart.1.date=2027-03-31"]);

        var answer = Assert.IsType<ExportAnswer>(Engine.Act(new ActionRequest(
            ActionVerb.Export, "DATASC.AIMACHIN97C0.P4", Frame: FrameKind.Smart, Format: ExportFormat.Text, Fills: fills)));

        Assert.Contains("Move the metric this drives from 12% to 30% by 2027-03-31.", answer.Content, StringComparison.Ordinal);
        Assert.Contains("Move the metric this drives from ⟨baseline⟩ to ⟨target⟩ by ⟨date⟩.", answer.Content, StringComparison.Ordinal);
        Assert.Equal("DATASC.AIMACHIN97C0.P4-smart.txt", answer.FileName);
    }

    [Fact]
    public void Act_CompareLevels_IsTheComparison() =>
        Assert.IsType<CompareAnswer>(Engine.Act(new ActionRequest(ActionVerb.Compare, LevelCode: "P2", OtherLevelCode: "P4")));

    [Fact]
    public void Act_UnknownProfileCode_AnswersHelpWithANotice() =>
        Assert.Equal(EngineNotices.UnknownAction, Assert.IsType<HelpAnswer>(Engine.Act(new ActionRequest(ActionVerb.Goals, "NOPE.P9"))).Notice);

    [Fact]
    public void Ask_ReadsTheSnapshotOnce_SoASwapMidQuestionCannotMixCanons()
    {
        var source = new CountingSource(Canon);

        new JobFrameEngine(source).Ask("goals for Senior ML Engineer");

        Assert.Equal(1, source.Reads);
    }

    [Fact]
    public void Ask_NotConfident_IsRecordedInTheUnresolvedLogWithTheQueryTextOnly()
    {
        var log = new RecordingLog();
        var engine = new JobFrameEngine(new FixedCanonSource(Canon), log);

        engine.Ask("goals for Staff ML Engineer");
        engine.Ask("ML Engineer");
        engine.Ask("goals for Senior ML Engineer");

        Assert.Equal(
            [("Staff ML Engineer", "no_match"), ("ML Engineer", "needs_review")],
            log.Entries.Select(e => (e.Query, e.State)));
    }

    private sealed class RecordingLog : IUnresolvedQueryLog
    {
        public List<UnresolvedQuery> Entries { get; } = [];

        public void Record(UnresolvedQuery query) => Entries.Add(query);
    }

    private sealed class CountingSource(CanonSnapshot canon) : ICanonSource
    {
        public int Reads { get; private set; }

        public CanonSnapshot Current
        {
            get
            {
                Reads++;
                return canon;
            }
        }
    }

    [Fact]
    public void Ask_WhatIsTheDifferenceBetweenP3AndP4_ComparesTheTwoLevels()
    {
        var answer = Assert.IsType<CompareAnswer>(Engine.Ask("What's the difference between P3 and P4?"));

        Assert.Equal(("P3", "P4"), (answer.Left.Code, answer.Right.Code));
    }

    [Fact]
    public void Ask_INeedOkrsForASeniorMlEngineer_IsTheP4GoalsWithTheOkrsInView()
    {
        var answer = Assert.IsType<GoalsAnswer>(Engine.Ask("I need OKRs for a senior ML engineer"));

        Assert.Equal("DATASC.AIMACHIN97C0.P4", answer.Profile.Code);
        Assert.Equal(FrameKind.Okr, answer.RequestedFrame);
    }

    [Theory]
    [InlineData("What does P3 mean?", "P3")]
    [InlineData("what's expected at P4?", "P4")]
    public void Ask_ALevelQuestion_IsThatLevel(string question, string code) =>
        Assert.Equal(code, Assert.IsType<LevelAnswer>(Engine.Ask(question)).Level.Code);

    [Fact]
    public void Ask_WhatDoesAnExperiencedAiMlEngineerDo_IsTheRolePage() =>
        Assert.Equal("AIMLAM.GEN.P3", Assert.IsType<RoleAnswer>(Engine.Ask("What does an Experienced AI/ML Engineer do?")).Role.Code);

    [Fact]
    public void Ask_HowDoesThisWork_IsHelp() => Assert.IsType<HelpAnswer>(Engine.Ask("How does this work?"));

    [Theory]
    [InlineData(ActionVerb.Goals)]
    [InlineData(ActionVerb.Level)]
    [InlineData(ActionVerb.Export)]
    public void Act_CarriesTheTypedValuesIntoTheAnswer(ActionVerb verb)
    {
        var fills = FilledValues.Empty.With("smart.1", Placeholders.Baseline, "12%").With("okr.2.kr1", Placeholders.Target, "30%");

        var answer = Engine.Act(new ActionRequest(verb, "DATASC.AIMACHIN97C0.P4", Frame: FrameKind.Okr, Fills: fills));

        Assert.Equal("12%", answer.Fills.Get("smart.1", Placeholders.Baseline));
        Assert.Equal("30%", answer.Fills.Get("okr.2.kr1", Placeholders.Target));
    }

    [Fact]
    public void Ask_ATypedQuestion_HasNoValues() =>
        Assert.Empty(Engine.Ask("goals for Senior ML Engineer").Fills.FillIds);
}
