namespace JobFrame.Cards.Tests.CardChecking;

/// <summary>A serialised card and the name its check results carry (also its file name while validating).</summary>
public sealed record NamedCard(string Name, string Json);
