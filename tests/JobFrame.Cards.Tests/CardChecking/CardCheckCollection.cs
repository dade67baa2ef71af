namespace JobFrame.Cards.Tests.CardChecking;

/// <summary>Test classes in this collection share one <see cref="CardCheck"/>, and so one browser.</summary>
[CollectionDefinition(Name)]
public sealed class CardCheckCollection : ICollectionFixture<CardCheck>
{
    public const string Name = "Card checks";
}
