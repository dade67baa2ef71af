using JobFrame.Cards.BlockKit;

namespace JobFrame.Cards.Tests.BlockKit;

public sealed class MrkdwnEscapeTests
{
    [Theory]
    [InlineData("Senior ML Engineer", "Senior ML Engineer")]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("<https://x|click>", "&lt;https://x|click&gt;")]
    [InlineData("<@U123>", "&lt;@U123&gt;")]
    [InlineData("R&D", "R&amp;D")]
    [InlineData("&lt;", "&amp;lt;")]
    [InlineData("*bold*", "*\u200Bbold*\u200B")]
    [InlineData("_it_ ~st~ `co`", "_\u200Bit_\u200B ~\u200Bst~\u200B `\u200Bco`\u200B")]
    public void Escape_LeavesNoMentionLinkOrFormatting(string typed, string expected)
    {
        Assert.Equal(expected, Mrkdwn.Escape(typed));
    }

    [Theory]
    [InlineData("*50%* of _models_ ~ `q3`", "*50%* of _models_ ~ `q3`")]
    [InlineData("R&D <!channel>", "R&amp;D &lt;!channel&gt;")]
    [InlineData("end```", "end`\u200B`\u200B`")]
    public void EscapeInCodeBlock_KeepsFormattingCharactersAsTheyAre_AndCannotCloseTheBlock(string text, string expected)
    {
        Assert.Equal(expected, Mrkdwn.EscapeInCodeBlock(text));
    }

    [Fact]
    public void EscapeInCodeBlock_GivesBackTheTextOnceTheEntitiesAreRead_AndNeverAFence()
    {
        var property = FsCheck.Fluent.Prop.ForAll<string>(typed =>
        {
            var text = typed ?? string.Empty;
            var escaped = Mrkdwn.EscapeInCodeBlock(text);
            // What Slack shows: entities read in one pass, and the zero-width spaces invisible.
            var read = System.Text.RegularExpressions.Regex.Replace(
                escaped.Replace("\u200B", string.Empty, StringComparison.Ordinal),
                "&(amp|lt|gt);",
                entity => entity.Groups[1].Value switch { "amp" => "&", "lt" => "<", _ => ">" });
            return !escaped.Contains("``", StringComparison.Ordinal) && !escaped.Contains('<', StringComparison.Ordinal)
                && (text.Contains('\u200B', StringComparison.Ordinal) || read == text);
        });

        FsCheck.Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Escape_NeverLeavesAnAngleBracket()
    {
        var property = FsCheck.Fluent.Prop.ForAll<string>(typed =>
        {
            var escaped = Mrkdwn.Escape(typed ?? string.Empty);
            return !escaped.Contains('<', StringComparison.Ordinal) && !escaped.Contains('>', StringComparison.Ordinal);
        });

        FsCheck.Check.QuickThrowOnFailure(property);
    }
}
