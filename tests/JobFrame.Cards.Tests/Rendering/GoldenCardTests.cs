using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Frames;
using JobFrame.Tests.Shared;

namespace JobFrame.Cards.Tests.Rendering;

/// <summary>One golden Adaptive Card and one golden Block Kit message per card kind, pinned; see <see cref="GoldenFile"/>.</summary>
public sealed class GoldenCardTests
{
    public static TheoryData<string> Kinds => [.. CanonAnswers.OnePerKind().Select(k => k.Kind)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void AdaptiveCard_OfEachKind_MatchesItsGoldenFile(string kind)
    {
        var answer = CanonAnswers.OnePerKind().Single(k => k.Kind == kind).Answer;

        GoldenFile.AssertMatches($"{kind}.adaptive-card.json", AdaptiveCardSerializer.SerializeIndented(AdaptiveCardRenderer.Render(answer)) + "\n");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void BlockKitMessage_OfEachKind_MatchesItsGoldenFile(string kind)
    {
        var answer = CanonAnswers.OnePerKind().Single(k => k.Kind == kind).Answer;

        GoldenFile.AssertMatches($"{kind}.block-kit.json", BlockKitSerializer.SerializeIndented(BlockKitRenderer.Render(answer)) + "\n");
    }

    [Fact]
    public void FillInModal_OfP4Okrs_MatchesItsGoldenFile()
    {
        var answer = (GoalsAnswer)CanonAnswers.Engine.Act(new ActionRequest(ActionVerb.Goals, CanonAnswers.LargestProfile));
        var metadata = ButtonValues.Write(new CardActionData { Verb = CardVerbs.Fill, ProfileCode = CanonAnswers.LargestProfile, Frame = "okr" });

        GoldenFile.AssertMatches("fill-in-okr.modal.json", BlockKitSerializer.SerializeIndented(BlockKitRenderer.FillInModal(answer, FrameKind.Okr, metadata)) + "\n");
    }
}
