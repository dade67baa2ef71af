using JobFrame.Engine.Canon;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Answers;

/// <summary>An export of a profile's goal frames: the content, its format, and a file name to deliver it under.</summary>
public sealed record ExportAnswer(Profile Profile, ExportFormat Format, FrameKind? Frame, string Content, string FileName) : Answer;
