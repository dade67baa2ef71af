using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Commands;

/// <summary>
/// A parsed chat message: the intent, the title or level it is about, the second subject of a comparison,
/// and the frame a manager named ("okrs for ..."), if any.
/// </summary>
public sealed record ChatCommand(CommandIntent Intent, string Subject, string? OtherSubject = null, FrameKind? Frame = null);
