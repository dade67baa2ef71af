
using JobFrame.Bot.Slack.Handlers;

namespace JobFrame.Bot.Tests.Slack.Handlers;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("<@U0LAN0Z89> goals for R&amp;D Engineer", "goals for R&D Engineer")]
    [InlineData("goals for R&amp;amp;D", "goals for R&amp;D")]
    [InlineData("level &lt;P3&gt;", "level <P3>")]
    [InlineData("goals for Senior ML Engineer :pray:", "goals for Senior ML Engineer")]
    [InlineData(":+1::skin-tone-2: level P3", "level P3")]
    [InlineData("compare P3 and P4 :thinking_face::heavy_plus_sign:", "compare P3 and P4")]
    [InlineData("goals at 10:30 ratio 1:2:3", "goals at 10:30 ratio 1:2:3")]
    [InlineData("<!here> level P3 <#C2147483705|people-managers>", "level P3")]
    [InlineData("goals for <https://example.com/roles/ml|Senior ML Engineer>", "goals for Senior ML Engineer")]
    [InlineData(":pray:", "")]
    [InlineData(null, "")]
    public void Question_DecodesOnceAndDropsMarkupAndEmoji(string? text, string question) =>
        Assert.Equal(question, SlackText.Question(text));
}
