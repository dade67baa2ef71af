using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Answers;

/// <summary>
/// A card action, render-neutral: the verb, the profile code or level codes it is about, the frame and export format,
/// and the manager's filled-in values. Every face maps its own payload (Action.Submit data, Block Kit button value) to this.
/// </summary>
public sealed record ActionRequest(
    ActionVerb Verb,
    string? ProfileCode = null,
    string? LevelCode = null,
    string? OtherLevelCode = null,
    FrameKind? Frame = null,
    ExportFormat? Format = null,
    FilledValues? Fills = null);
