using JobFrame.Engine.Commands;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Tests.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("goals for Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", null)]
    [InlineData("Goals: Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", null)]
    [InlineData("goal templates for ML Engineer P4", CommandIntent.Goals, "ML Engineer P4", null)]
    [InlineData("Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", null)]
    [InlineData("okrs for Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", FrameKind.Okr)]
    [InlineData("SMART goals for Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", FrameKind.Smart)]
    [InlineData("scorecard Senior ML Engineer", CommandIntent.Goals, "Senior ML Engineer", FrameKind.Scorecard)]
    [InlineData("mbo for P2 ML Engineer", CommandIntent.Goals, "P2 ML Engineer", FrameKind.Mbo)]
    [InlineData("level P3", CommandIntent.Level, "P3", null)]
    [InlineData("LEVEL of Experienced AI/ML Engineer", CommandIntent.Level, "Experienced AI/ML Engineer", null)]
    [InlineData("role AIMLAM.GEN.P3", CommandIntent.Role, "AIMLAM.GEN.P3", null)]
    [InlineData("  goals   for\u00a0Senior\tML  Engineer ", CommandIntent.Goals, "Senior ML Engineer", null)]
    [InlineData("goalkeeper", CommandIntent.Goals, "goalkeeper", null)]
    [InlineData("levelling guide", CommandIntent.Goals, "levelling guide", null)]
    public void Parse_ReadsIntentSubjectAndFrame(string message, CommandIntent intent, string subject, FrameKind? frame)
    {
        var command = CommandParser.Parse(message);

        Assert.Equal(intent, command.Intent);
        Assert.Equal(subject, command.Subject);
        Assert.Equal(frame, command.Frame);
    }

    [Theory]
    [InlineData("compare P3 and P4", "P3", "P4")]
    [InlineData("Compare P3 with P4", "P3", "P4")]
    [InlineData("compare Senior ML Engineer vs ML Engineer P2", "Senior ML Engineer", "ML Engineer P2")]
    [InlineData("P3 vs P4", "P3", "P4")]
    [InlineData("difference between P2 and P3", "P2", "P3")]
    [InlineData("compare P3", "P3", null)]
    public void Parse_Compare_SplitsTheTwoSubjects(string message, string left, string? right)
    {
        var command = CommandParser.Parse(message);

        Assert.Equal(CommandIntent.Compare, command.Intent);
        Assert.Equal(left, command.Subject);
        Assert.Equal(right, command.OtherSubject);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("help")]
    [InlineData("Hi")]
    [InlineData("?")]
    public void Parse_EmptyOrGreeting_IsHelp(string? message) =>
        Assert.Equal(CommandIntent.Help, CommandParser.Parse(message).Intent);

    [Fact]
    public void IsTooLong_OverTwoThousandCharacters()
    {
        Assert.False(CommandParser.IsTooLong(new string('a', CommandParser.MaxMessageLength)));
        Assert.True(CommandParser.IsTooLong(new string('a', CommandParser.MaxMessageLength + 1)));
    }
}
