namespace JobFrame.Engine.Resolution;

/// <summary>The three answers of title resolution: never a confident wrong one.</summary>
public enum ResolutionState
{
    /// <summary>One profile, with a confidence and the evidence for it.</summary>
    Confident,

    /// <summary>Plausible but not certain: ranked candidates that a person must choose from.</summary>
    NeedsReview,

    /// <summary>The canon does not answer this title; closest candidates when there are any.</summary>
    NoMatch,
}
