namespace JobFrame.Engine.Frames;

/// <summary>What a piece of a rendered line is: fixed template wording, verbatim canon text, or a fill-in slot.</summary>
public enum SegmentKind
{
    Template,
    Canon,
    Placeholder,
}
