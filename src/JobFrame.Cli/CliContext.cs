using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;

namespace JobFrame.Cli;

/// <summary>What every command gets: its arguments, the loaded canon, the engine over it, and the output streams.</summary>
public sealed class CliContext(CliArguments arguments, CanonSnapshot canon, TextWriter stdout, TextWriter stderr)
{
    public CliArguments Arguments => arguments;

    public CanonSnapshot Canon => canon;

    public JobFrameEngine Engine { get; } = new(new FixedCanonSource(canon));

    public TextWriter Out => stdout;

    public TextWriter Error => stderr;

    /// <summary>Rejects options the command does not take, so a typo is not silently ignored.</summary>
    public string? UnknownOption(params string[] allowed) =>
        arguments.OptionNames.FirstOrDefault(o => o != "--canon" && !allowed.Contains(o, StringComparer.Ordinal));
}
