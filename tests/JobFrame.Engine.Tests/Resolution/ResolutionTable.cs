using JobFrame.Engine.Resolution;

namespace JobFrame.Engine.Tests.Resolution;

/// <summary>
/// The resolution spec as a table: what managers type and what the bot must answer. For a confident answer the code is
/// the match; for needs review it is the first candidate; for no match it is the first closest candidate, or null.
/// </summary>
public static class ResolutionTable
{
    private const string P2 = "DATASC.AIMACHIN97C0.P2";
    private const string P4 = "DATASC.AIMACHIN97C0.P4";
    private const string P3 = "AIMLAM.GEN.P3";
    private const ResolutionState Confident = ResolutionState.Confident;
    private const ResolutionState Review = ResolutionState.NeedsReview;
    private const ResolutionState None = ResolutionState.NoMatch;

    public static TheoryData<string, ResolutionState, string?> Queries => new()
    {
        // Managers' phrasings of the P4 profile, with case, punctuation and spacing noise.
        { "Senior ML Engineer", Confident, P4 },
        { "senior ml engineer", Confident, P4 },
        { "SENIOR ML ENGINEER", Confident, P4 },
        { "Sr. ML Engineer", Confident, P4 },
        { "sr ml eng", Confident, P4 },
        { "Sr.ML.Engineer", Confident, P4 },
        { "  Senior   Machine-Learning   Engineer  ", Confident, P4 },
        { "goals for a senior ML engineer please", Confident, P4 },
        { "Senior Machine Learning Engineer", Confident, P4 },
        { "Senior Machine Learning Engineering", Confident, P4 },
        { "Senior MLE", Confident, P4 },
        { "Snr ML Engr", Confident, P4 },
        { "ＳＥＮＩＯＲ　ＭＬ　ＥＮＧＩＮＥＥＲ", Confident, P4 },
        { "Senior AI/ML Engineer", Confident, P4 },
        { "Senior Deep Learning Engineer", Confident, P4 },
        { "Senior Statistical Modelling Engineer", Confident, P4 },
        { "Senior AI Engineer", Confident, P4 },
        { "Senior Professional, Machine Learning", Confident, P4 },
        // Level codes and numerals.
        { "ML engineer P4", Confident, P4 },
        { "P4 ML Engineer", Confident, P4 },
        { "Machine Learning Engineer IV", Confident, P4 },
        { "ML Engineer 4", Confident, P4 },
        { "ML Engineer II", Confident, P2 },
        { "Machine Learning Engineer 2", Confident, P2 },
        { "P2 machine learning engineer", Confident, P2 },
        { "Developing ML Engineer", Confident, P2 },
        { "Machine Learning Engineer Ⅲ", Confident, P3 },
        { "Level 3 ML Engineer", Confident, P3 },
        { "ML Engineer P3", Confident, P3 },
        { "Mid-level ML Engineer", Confident, P3 },
        { "mid level machine learning engineer", Confident, P3 },
        { "Mid ML engineer", Confident, P3 },
        { "MLE3", Confident, P3 },
        { "Level3 ML Engineer", Confident, P3 },
        { "ML Engineer P 4", Confident, P4 },
        // Profile codes and canon titles, any case.
        { "DATASC.AIMACHIN97C0.P4", Confident, P4 },
        { "datasc.aimachin97c0.p4", Confident, P4 },
        { "DATASC.AIMACHIN97C0.P2", Confident, P2 },
        { "AIMLAM.GEN.P3", Confident, P3 },
        { "aimlam.gen.p3", Confident, P3 },
        { "AI / Machine Learning Engineering — P4", Confident, P4 },
        { "Experienced AI/ML Engineer", Confident, P3 },
        { "experienced ai/ml engineer", Confident, P3 },
        // The canon's own title aliases.
        { "Machine Learning III", Confident, P3 },
        { "Machine Learning 3", Confident, P3 },
        { "Mid-Level Machine Learning", Confident, P3 },
        { "Deep Learning III", Confident, P3 },
        { "Statistical Modeling 3", Confident, P3 },
        { "mid-level statistical modeling", Confident, P3 },
        // Company ladder titles, through the organisation's table.
        { "IC3 Machine Learning Engineer", Confident, P3 },
        { "IC2 Machine Learning Engineer", Confident, P2 },
        { "IC4 ML Engineer", Confident, P4 },
        { "IC 3 ML Engineer", Confident, P3 },
        { "IC5 ML Engineer", None, null },
        // Plausible but not certain: ranked candidates, never silently accepted.
        { "ML Engineer", Review, P2 },
        { "Machine Learning Engineer", Review, P2 },
        { "MLE", Review, P2 },
        { "AI / Machine Learning Engineering", Review, P2 },
        { "Junior ML Engineer", Review, P2 },
        { "Jr. Machine Learning Engineer", Review, P2 },
        { "Lead ML Engineer", Review, P4 },
        { "Senior ML Engineer III", Review, P4 },
        { "Senior ML Engineer P3", Review, P4 },
        { "Senior ML Platform Engineer", Review, P4 },
        { "P3", Review, P3 },
        { "Senior", Review, P4 },
        // Levels the canon has no data for are never answered with a different level.
        { "Staff ML Engineer", None, null },
        { "Principal Machine Learning Engineer", None, null },
        { "Senior Staff ML Engineer", None, null },
        { "P5 ML Engineer", None, null },
        { "ML Engineer V", None, null },
        { "Entry-level ML Engineer", None, null },
        { "P3 AI / Machine Learning Engineering", None, null },
        // Nearby roles the canon does not cover (seed 003) and unrelated titles.
        { "Senior Machine Learning Scientist", None, P4 },
        { "Senior ML Scientist", None, P4 },
        { "Staff Machine Learning Scientist", None, null },
        { "Lead Applied Scientist", None, null },
        { "Senior Data Scientist", None, null },
        { "Senior Data Engineer", None, null },
        { "Engineering Manager", None, null },
        { "Head of Machine Learning", None, P2 },
        { "VP of Sales", None, null },
        { "Senior Software Engineer", None, null },
        { "Pastry Chef", None, null },
        // Empty and hostile input.
        { "", None, null },
        { "   ", None, null },
        { "?!…—", None, null },
        { string.Concat(Enumerable.Repeat("Senior ML Engineer ", 40)), None, null },
    };
}
