using JobFrame.Cards.AdaptiveCards;

namespace JobFrame.Cards.Tests.AdaptiveCards;

public sealed class AdaptiveMarkdownTests
{
    [Theory]
    [InlineData("Senior ML Engineer", "Senior ML Engineer")]
    [InlineData("**bold**", @"\*\*bold\*\*")]
    [InlineData("_italic_", @"\_italic\_")]
    [InlineData("[click](https://x)", @"\[click\]\(https://x\)")]
    [InlineData("# heading", @"\# heading")]
    [InlineData("> quote", @"\> quote")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("~~gone~~", @"\~\~gone\~\~")]
    [InlineData("- item", @"\- item")]
    [InlineData("  + item", @"  \+ item")]
    [InlineData("1. first", @"1\. first")]
    [InlineData("12) twelfth", @"12\) twelfth")]
    [InlineData("one\n- two", "one\n\\- two")]
    [InlineData("C-3PO and 3.5%", "C-3PO and 3.5%")]
    [InlineData("", "")]
    public void Escape_MakesMarkdownSyntaxLiteral(string typed, string expected)
    {
        Assert.Equal(expected, AdaptiveMarkdown.Escape(typed));
    }
}
