namespace JobFrame.Cards.Rendering;

/// <summary>
/// The fixed words the cards and Block Kit messages use around canon text: headings, labels, button titles.
/// Kept in one place so both dialects say the same thing; canon text itself always comes from the answer.
/// </summary>
internal static class CardWords
{
    public const string ExportText = "Export as text";
    public const string ExportMarkdown = "Export as Markdown";
    public const string ExportCsv = "Export as CSV";
    public const string LevelDetails = "Show level details";
    public const string CompareNext = "Compare with next level";
    public const string ComparePrevious = "Compare with previous level";
    public const string GoalsForLevel = "Show goals for this level";
    public const string GoalsForRole = "Show goal templates";
    public const string WhyThisMatch = "Why this match?";
    public const string YouAskedLabel = "You asked";
    public const string MatchConfidence = "Match confidence";
    public const string Because = "Because";
    public const string CanonPath = "In the canon";
    public const string RoleStatus = "Role status";
    public const string RoleConfidence = "Role confidence";
    public const string DidYouMean = "Did you mean ";
    public const string YesGoals = "Yes, show goals for ";
    public const string YesLevel = "Yes, show the level of ";
    public const string YesRole = "Yes, show the role ";
    public const string ShowGoalsFor = "Show goals for ";
    public const string ShowLevelOf = "Show the level of ";
    public const string ShowRole = "Show the role ";
    public const string FillIn = "Fill in";
    public const string LevelBars = "Level bars";
    public const string Source = "source: ";
    public const string Baseline = "Baseline";
    public const string Target = "Target";
    public const string Date = "By";
    public const string BaselineHint = "today's value";
    public const string TargetHint = "goal value";
    public const string Status = "Status";
    public const string Confidence = "Confidence";
    public const string Version = "Version";
    public const string Code = "Code";
    public const string Level = "Level";
    public const string Summary = "Summary";
    public const string TypicalExperience = "Typical experience";
    public const string Story = "The story of this role";
    public const string TitleAliases = "Title aliases";
    public const string Classifications = "O*NET / SOC";
    public const string Show = "Show ";
    public const string Changes = "changes";
    public const string Same = "same";
    public const string WhichOne = "Which one did you mean?";
    public const string YouAsked = "You asked: ";
    public const string NoMatchPrefix = "No confident match for ";
    public const string NoMatchSuffix = " in the canon.";
    public const string CanonCovers = "The canon covers";
    public const string Closest = "Closest in the canon";
    public const string HelpHeading = "JobFrame";
    public const string HelpIntro = "I turn a job title into its JobFrame canon level bars and fill-in goal frames (SMART goals, OKRs, MBO areas, scorecard).";
    public const string TryAsking = "Try asking";
    public const string ExportHeading = "Export";
    public const string RowsShown = "Rows shown: ";
    public const string RestInExport = ". Every row is in the exports below.";
    public const string ModalSubmit = "Save";
    public const string ModalClose = "Cancel";
    public const string ModalTitle = "Fill in ";
    public const string Row = "Row";

    // The story's fields, as the canon's role page heads them.
    public const string WhoDoesThisWork = "Who does this work";
    public const string ExternalProblem = "External problem";
    public const string InternalProblem = "Internal problem";
    public const string WhyItMatters = "Why it matters";
    public const string Plan = "Plan";
    public const string WhatsAtStake = "What's at stake";
    public const string SuccessLooksLike = "Success looks like";
}
