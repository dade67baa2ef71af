using JobFrame.Bot.Teams.Handlers;
using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Tests.Teams.Handlers;

/// <summary>What the user typed, recovered from how Teams wraps it.</summary>
public sealed class MentionTextTests
{
    private const string BotId = "28:bot";

    [Theory]
    [InlineData("<at>JobFrame</at>&nbsp;goals for Senior ML Engineer", "goals for Senior ML Engineer")]
    [InlineData("<at>JobFrame</at> level P4\n", "level P4")]
    [InlineData("compare P3 and P4 <at>JobFrame</at>", "compare P3 and P4")]
    [InlineData("goals\u00A0for  Data   Scientist", "goals for Data Scientist")]
    [InlineData("<at>Megan Bowen</at> asked <at>JobFrame</at> for help", "<at>Megan Bowen</at> asked for help")]
    [InlineData("R&amp;D Engineer", "R&D Engineer")]
    [InlineData("<quoted messageId=\"1763806530123\"/>level P3", "level P3")]
    [InlineData("<p><quoted messageId=\"1763806530123\"/></p><p><at>JobFrame</at>&nbsp;compare P3 and P4</p>", "compare P3 and P4")]
    [InlineData("<p>goals for <b>Senior</b> ML&nbsp;Engineer</p>\n", "goals for Senior ML Engineer")]
    [InlineData("", "")]
    public void WithoutBotMention_LeavesWhatTheUserTyped(string text, string expected)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Recipient = new ChannelAccount { Id = BotId, Name = "JobFrame" },
            Entities =
            [
                new Entity { Type = Entity.MentionType, Text = "<at>JobFrame</at>", Mentioned = new ChannelAccount { Id = BotId } },
                new Entity { Type = Entity.MentionType, Text = "<at>Megan Bowen</at>", Mentioned = new ChannelAccount { Id = "29:megan" } },
            ],
        };

        Assert.Equal(expected, MentionText.WithoutBotMention(activity));
    }

    [Fact]
    public void WithoutBotMention_IgnoresAMentionEntityThatNamesSomeoneElse()
    {
        var activity = new Activity
        {
            Text = "<at>JobFrame</at> help",
            Recipient = new ChannelAccount { Id = BotId },
            Entities = [new Entity { Type = Entity.MentionType, Text = "<at>JobFrame</at>", Mentioned = new ChannelAccount { Id = "28:another-bot" } }],
        };

        Assert.Equal("<at>JobFrame</at> help", MentionText.WithoutBotMention(activity));
    }
}
