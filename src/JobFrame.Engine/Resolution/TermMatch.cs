namespace JobFrame.Engine.Resolution;

/// <summary>
/// A span of the folded query and what it means; <see cref="Entry"/> is null for a word nothing knows.
/// <see cref="LooksLikeCode"/> marks an unknown word shaped like a level code ("L3", "IC5", "Q3"): letters glued to digits.
/// </summary>
internal readonly record struct TermMatch(TitleEntry? Entry, int Start, int End, bool LooksLikeCode = false)
{
    public TitleEntryKind? Kind => Entry?.Kind;
}
