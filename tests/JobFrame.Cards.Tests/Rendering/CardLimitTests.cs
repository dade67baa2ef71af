using System.Text;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Frames;

namespace JobFrame.Cards.Tests.Rendering;

/// <summary>Teams' and Slack's size limits, proven for every answer the bundled canon produces.</summary>
public sealed class CardLimitTests
{
    /// <summary>The strictest documented Teams message limit.</summary>
    private const int TeamsCardBytes = 28 * 1024;

    [Fact]
    public void EveryAdaptiveCard_IsUnder28KilobytesSerialised()
    {
        var oversized = CanonAnswers.All()
            .Select(a => (a.Name, Bytes: Encoding.UTF8.GetByteCount(AdaptiveCardSerializer.Serialize(AdaptiveCardRenderer.Render(a.Answer)))))
            .Where(a => a.Bytes >= TeamsCardBytes)
            .Select(a => $"{a.Name}: {a.Bytes} bytes");

        Assert.Empty(oversized);
    }

    [Theory]
    [InlineData(FrameKind.Smart)]
    [InlineData(FrameKind.Okr)]
    [InlineData(FrameKind.Mbo)]
    [InlineData(FrameKind.Scorecard)]
    public void LargestProfilesGoalsCard_WithEachFrameInViewAndItsInputs_IsUnder28Kilobytes(FrameKind frame)
    {
        var answer = CanonAnswers.Engine.Act(new ActionRequest(ActionVerb.Goals, CanonAnswers.LargestProfile, Frame: frame));

        var json = AdaptiveCardSerializer.Serialize(AdaptiveCardRenderer.Render(answer));

        Assert.Contains("\"Input.Text\"", json, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(json), 1, TeamsCardBytes - 1);
    }

    [Fact]
    public void EveryAdaptiveCard_HasAtMostSixTopLevelActions()
    {
        var crowded = CanonAnswers.All()
            .Select(a => (a.Name, Count: AdaptiveCardRenderer.Render(a.Answer).Actions?.Count ?? 0))
            .Where(a => a.Count > AdaptiveCardRenderer.MaxTopLevelActions)
            .Select(a => $"{a.Name}: {a.Count} actions");

        Assert.Empty(crowded);
    }

    [Fact]
    public void EveryBlockKitMessage_IsWithinEverySlackLimit()
    {
        var breaches = CanonAnswers.All()
            .SelectMany(a => SlackLimitWalker.Breaches(BlockKitRenderer.Render(a.Answer)).Select(b => a.Name + ": " + b));

        Assert.Empty(breaches);
    }

    [Fact]
    public void EveryFillInModal_IsWithinEverySlackLimit_AndHasAnInputPerPlaceholder()
    {
        var breaches = new List<string>();
        foreach (var profile in CanonAnswers.Canon.Profiles)
        {
            var answer = (GoalsAnswer)CanonAnswers.Engine.Act(new ActionRequest(ActionVerb.Goals, profile.Code));
            foreach (var frame in answer.Frames.Frames)
            {
                var modal = BlockKitRenderer.FillInModal(answer, frame.Kind, ButtonValues.Write(new CardActionData { Verb = CardVerbs.Fill, ProfileCode = profile.Code }));
                var placeholders = frame.Rows.SelectMany(r => r.Units).Sum(u => new[] { Placeholders.Baseline, Placeholders.Target, Placeholders.Date }.Count(p => (u.Placeholders & p) != 0));

                breaches.AddRange(SlackLimitWalker.Breaches(modal).Select(b => $"{profile.Code}/{frame.Kind}: {b}"));
                Assert.Equal(placeholders, modal.Blocks.OfType<InputBlock>().Count());
            }
        }

        Assert.Empty(breaches);
    }
}
