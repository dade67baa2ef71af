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
