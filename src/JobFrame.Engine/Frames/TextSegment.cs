namespace JobFrame.Engine.Frames;

/// <summary>
/// One piece of a template line. Renderers print <see cref="Text"/> as is, except that a placeholder segment is
/// replaced by the manager's value when one was filled in (its <see cref="Text"/> is the "⟨target⟩" form).
/// </summary>
public sealed record TextSegment(SegmentKind Kind, string Text, Placeholders Placeholder)
{
    /// <summary>Fixed wording that belongs to the template.</summary>
    public static TextSegment Template(string text) => new(SegmentKind.Template, text, Placeholders.None);

    /// <summary>Canon text, inserted verbatim.</summary>
    public static TextSegment Canon(string text) => new(SegmentKind.Canon, text, Placeholders.None);

    /// <summary>A fill-in slot (exactly one placeholder).</summary>
    public static TextSegment Slot(Placeholders placeholder) =>
        new(SegmentKind.Placeholder, PlaceholderNames.Display(placeholder), placeholder);
}
