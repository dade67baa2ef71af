namespace JobFrame.Engine.Resolution;

/// <summary>A span of the folded query and what it means; <see cref="Entry"/> is null for a word nothing knows.</summary>
internal readonly record struct TermMatch(TitleEntry? Entry, int Start, int End)
{
    public TitleEntryKind? Kind => Entry?.Kind;
}
