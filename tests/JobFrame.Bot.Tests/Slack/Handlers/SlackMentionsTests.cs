
using JobFrame.Bot.Slack.Handlers;

namespace JobFrame.Bot.Tests.Slack.Handlers;

public sealed class SlackMentionsTests
{
    [Theory]
    [InlineData("<@U0LAN0Z89> goals for Senior ML Engineer", "goals for Senior ML Engineer")]
    [InlineData("<@U0LAN0Z89|jobframe> level P3", "level P3")]
    [InlineData("compare P3 and P4 <@W0123ABC>", "compare P3 and P4")]
    [InlineData("<!channel> goals for Senior ML Engineer", "<!channel> goals for Senior ML Engineer")]
    [InlineData("<#C2147483705|people-managers> help", "<#C2147483705|people-managers> help")]
    [InlineData("<@U0LAN0Z89>", "")]
    [InlineData(null, "")]
    public void Strip_TakesOutUserMentionsOnly(string? text, string question) =>
        Assert.Equal(question, SlackMentions.Strip(text));
}
