using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;

namespace JobFrame.Cli;

/// <summary>Answers as card JSON: the Adaptive Card object itself, or the Block Kit message with its blocks array.</summary>
public static class CardOutput
{
    public static string AdaptiveCard(Answer answer) => AdaptiveCardSerializer.SerializeIndented(AdaptiveCardRenderer.Render(answer));

    public static string BlockKit(Answer answer) => BlockKitSerializer.SerializeIndented(BlockKitRenderer.Render(answer));
}
