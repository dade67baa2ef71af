using JobFrame.Engine.Commands;

namespace JobFrame.Cli;

/// <summary>`jobframe level &lt;title-or-code&gt;`: the level's six bars.</summary>
public static class LevelCommand
{
    public static int Run(CliContext context)
    {
        var subject = context.Arguments.JoinFrom(1);
        var command = string.IsNullOrWhiteSpace(subject) ? null : new ChatCommand(CommandIntent.Level, subject);
        return QuestionCommand.Run(context, "level", command, "level needs a title or level code, e.g. jobframe level P3");
    }
}
