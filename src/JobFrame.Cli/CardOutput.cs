using JobFrame.Engine.Answers;

namespace JobFrame.Cli;

/// <summary>Answers as card JSON: the Adaptive Card object itself, or the Block Kit message with its blocks array.</summary>
public static class CardOutput
{
    public static string AdaptiveCard(Answer answer) => throw new NotSupportedException("card output arrives with the card renderers");

    public static string BlockKit(Answer answer) => throw new NotSupportedException("card output arrives with the card renderers");
}
