using JobFrame.Bot.Slack;

namespace JobFrame.Bot.Tests.Slack;

public sealed class SlackMrkdwnTests
{
    [Theory]
    [InlineData("Senior ML Engineer", "Senior ML Engineer")]
    [InlineData("<!channel> goals for Senior ML Engineer", "&lt;!channel&gt; goals for Senior ML Engineer")]
    [InlineData("<!here|here> level", "&lt;!here|here&gt; level")]
    [InlineData("<@U0LAN0Z89> compare", "&lt;@U0LAN0Z89&gt; compare")]
    [InlineData("R&D Engineer", "R&amp;D Engineer")]
    [InlineData("&lt;already&gt;", "&amp;lt;already&amp;gt;")]
    [InlineData("<https://evil.example|click>", "&lt;https://evil.example|click&gt;")]
    public void Escape_UserTypedText_CannotPingOrLink(string typed, string expected) =>
        Assert.Equal(expected, SlackMrkdwn.Escape(typed));
}
