namespace JobFrame.Engine.Canon;

/// <summary>One level bar: a dimension and its verbatim canon text.</summary>
public sealed record LevelBar(LevelDimension Dimension, string Text);
