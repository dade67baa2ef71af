using JobFrame.Engine.Commands;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Tests.Commands;

/// <summary>
/// The ways managers actually ask, one row each: what the parser must read as the intent, the subject (and the second
/// subject of a comparison) and the frame. The words around the subject are the phrasing's, never the title's.
/// </summary>
public sealed class PhrasingTableTests
{
    public static TheoryData<string, CommandIntent, string, string?, FrameKind?> Phrasings => new()
    {
        // Goals, whichever frame.
        { "goals for Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", null, null },
        { "Can you give me goals for a senior ML engineer?", CommandIntent.Goals, "senior ML engineer", null, null },
        { "I need goals for my Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", null, null },
        { "What goals should I set for a Senior ML Engineer?", CommandIntent.Goals, "Senior ML Engineer", null, null },
        { "Senior ML Engineer goals", CommandIntent.Goals, "Senior ML Engineer", null, null },
        { "Help me write goals for an ML Engineer P4", CommandIntent.Goals, "ML Engineer P4", null, null },
        { "please show me goal templates for ML Engineer P4", CommandIntent.Goals, "ML Engineer P4", null, null },
        { "What should a senior ML engineer be working on this year?", CommandIntent.Goals, "senior ML engineer", null, null },
        { "draft goals for the Senior ML Engineer on my team", CommandIntent.Goals, "Senior ML Engineer", null, null },
        { "performance goals for a Senior ML Engineer I manage", CommandIntent.Goals, "Senior ML Engineer", null, null },
        { "objectives for Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", null, null },
        { "hi, goals for Senior ML Engineer please", CommandIntent.Goals, "Senior ML Engineer", null, null },
        { "Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", null, null },
        { "a senior ML engineer", CommandIntent.Goals, "senior ML engineer", null, null },
        { "Set Designer", CommandIntent.Goals, "Set Designer", null, null },

        // A frame named.
        { "I need OKRs for a senior ML engineer", CommandIntent.Goals, "senior ML engineer", null, FrameKind.Okr },
        { "OKRs for Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", null, FrameKind.Okr },
        { "Senior ML Engineer OKRs", CommandIntent.Goals, "Senior ML Engineer", null, FrameKind.Okr },
        { "can you draft OKRs for my senior ML engineer?", CommandIntent.Goals, "senior ML engineer", null, FrameKind.Okr },
        { "objectives and key results for a Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", null, FrameKind.Okr },
        { "goals for Senior ML Engineer as OKRs", CommandIntent.Goals, "Senior ML Engineer", null, FrameKind.Okr },
        { "Write SMART goals for a Machine Learning Engineer P2", CommandIntent.Goals, "Machine Learning Engineer P2", null, FrameKind.Smart },
        { "smart objectives for ML Engineer P4", CommandIntent.Goals, "ML Engineer P4", null, FrameKind.Smart },
        { "MBO areas for ML Engineer P4", CommandIntent.Goals, "ML Engineer P4", null, FrameKind.Mbo },
        { "management by objectives for a Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", null, FrameKind.Mbo },
        { "a scorecard for my Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", null, FrameKind.Scorecard },
        { "Senior ML Engineer's scorecard", CommandIntent.Goals, "Senior ML Engineer", null, FrameKind.Scorecard },
        { "score card: Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", null, FrameKind.Scorecard },
        { "I'd like the OKRs for ML Engineer P4, thanks", CommandIntent.Goals, "ML Engineer P4", null, FrameKind.Okr },

        // Levels.
        { "level P3", CommandIntent.Level, "P3", null, null },
        { "What does P3 mean?", CommandIntent.Level, "P3", null, null },
        { "What is P4?", CommandIntent.Level, "P4", null, null },
        { "what's expected at P3?", CommandIntent.Level, "P3", null, null },
        { "expectations for a Senior ML Engineer", CommandIntent.Level, "Senior ML Engineer", null, null },
        { "What level is a Senior ML Engineer?", CommandIntent.Level, "Senior ML Engineer", null, null },
        { "P3 level", CommandIntent.Level, "P3", null, null },
        { "tell me about level P3", CommandIntent.Level, "P3", null, null },
        { "Can you show me the bars for P4?", CommandIntent.Level, "P4", null, null },
        { "describe P2", CommandIntent.Level, "P2", null, null },
        { "how senior is an Experienced AI/ML Engineer?", CommandIntent.Level, "Experienced AI/ML Engineer", null, null },
        { "what's the level of a senior ML engineer", CommandIntent.Level, "senior ML engineer", null, null },
        { "level details for ML Engineer P4", CommandIntent.Level, "ML Engineer P4", null, null },
        { "show level P3", CommandIntent.Level, "P3", null, null },

        // Comparisons.
        { "What's the difference between P3 and P4?", CommandIntent.Compare, "P3", "P4", null },
        { "compare P3 and P4", CommandIntent.Compare, "P3", "P4", null },
        { "Compare level P3 with level P4", CommandIntent.Compare, "P3", "P4", null },
        { "P3 vs P4", CommandIntent.Compare, "P3", "P4", null },
        { "P3 versus P4?", CommandIntent.Compare, "P3", "P4", null },
        { "how is P4 different from P3?", CommandIntent.Compare, "P4", "P3", null },
        { "How does P3 compare to P4", CommandIntent.Compare, "P3", "P4", null },
        { "what changes from P3 to P4", CommandIntent.Compare, "P3", "P4", null },
        { "What does it take to go from P3 to P4?", CommandIntent.Compare, "P3", "P4", null },
        { "what separates P4 from P5?", CommandIntent.Compare, "P4", "P5", null },
        { "show me the differences between P2 and P3", CommandIntent.Compare, "P2", "P3", null },
        { "can you compare a Senior ML Engineer to an ML Engineer P2?", CommandIntent.Compare, "Senior ML Engineer", "ML Engineer P2", null },
        { "P3 compared to P4", CommandIntent.Compare, "P3", "P4", null },
        { "promotion from P3 to P4", CommandIntent.Compare, "P3", "P4", null },

        // Roles.
        { "role Experienced AI/ML Engineer", CommandIntent.Role, "Experienced AI/ML Engineer", null, null },
        { "What does an Experienced AI/ML Engineer do?", CommandIntent.Role, "Experienced AI/ML Engineer", null, null },
        { "tell me about the Experienced AI/ML Engineer role", CommandIntent.Role, "Experienced AI/ML Engineer", null, null },
        { "job description for an Experienced AI/ML Engineer", CommandIntent.Role, "Experienced AI/ML Engineer", null, null },
        { "Experienced AI/ML Engineer role profile", CommandIntent.Role, "Experienced AI/ML Engineer", null, null },
        { "What is an Experienced AI/ML Engineer?", CommandIntent.Role, "Experienced AI/ML Engineer", null, null },
        { "describe the role of an Experienced AI/ML Engineer", CommandIntent.Role, "Experienced AI/ML Engineer", null, null },
        { "profile AIMLAM.GEN.P3", CommandIntent.Role, "AIMLAM.GEN.P3", null, null },

        // Help.
        { "help", CommandIntent.Help, "", null, null },
        { "What can you do?", CommandIntent.Help, "", null, null },
        { "how does this work?", CommandIntent.Help, "", null, null },
        { "How do I use this?", CommandIntent.Help, "", null, null },
        { "hello there!", CommandIntent.Help, "", null, null },
        { "what can I ask you?", CommandIntent.Help, "", null, null },
        { "Hi! Can you help me?", CommandIntent.Help, "", null, null },
        { "examples", CommandIntent.Help, "", null, null },
    };

    [Fact]
    public void TheTableHoldsAtLeastSixtyPhrasings_WithEveryIntent()
    {
        var rows = Phrasings.Select(row => (CommandIntent)row[1]).ToList();

        Assert.True(rows.Count >= 60, $"{rows.Count} phrasings");
        Assert.Equal(Enum.GetValues<CommandIntent>().Order(), rows.Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void Parse_ReadsTheIntentSubjectAndFrameOfACommonPhrasing(string message, CommandIntent intent, string subject, string? other, FrameKind? frame)
    {
        var command = CommandParser.Parse(message);

        Assert.Equal((intent, subject, other, frame), (command.Intent, command.Subject, command.OtherSubject, command.Frame));
    }
}
