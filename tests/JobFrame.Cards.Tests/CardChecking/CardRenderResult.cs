namespace JobFrame.Cards.Tests.CardChecking;

/// <summary>What the official Adaptive Cards renderer said about one card, and what it drew.</summary>
/// <param name="Errors">Parse and validation events ("Parse/UnknownElementType: ..."), and render exceptions; empty when clean.</param>
/// <param name="Html">The rendered card's HTML; empty when nothing rendered.</param>
public sealed record CardRenderResult(IReadOnlyList<string> Errors, string Html);
