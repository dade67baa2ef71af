using JobFrame.Engine.Exports;

namespace JobFrame.Engine.Answers;

/// <summary>
/// What the bot says to one question, render-neutral: every face (Adaptive Card, Block Kit, text, CLI) renders
/// the same answer. Each kind is a sealed record below.
/// </summary>
public abstract record Answer
{
    /// <summary>
    /// The values the manager had typed when they pressed the button this answers (empty for a typed question). The
    /// bot keeps no state, so a face puts them back into the answer's inputs and carries them in its buttons: a frame
    /// switch, a level-details detour or a comparison comes back to the goals with every value still there.
    /// </summary>
    public FilledValues Fills { get; init; } = FilledValues.Empty;
}
