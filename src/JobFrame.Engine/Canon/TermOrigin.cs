namespace JobFrame.Engine.Canon;

/// <summary>Who vouches for a word the resolver understands: kept apart so evidence never passes vocabulary off as canon.</summary>
public enum TermOrigin
{
    /// <summary>The canon itself: codes, names, role titles and the role's own title aliases.</summary>
    Canon,

    /// <summary>The bot's resolution vocabulary (canon/vocabulary/): words people type for canon levels and families.</summary>
    Vocabulary,

    /// <summary>An organisation's own tables (canon/organisation/): its ladder codes and title spellings.</summary>
    Organisation,
}
