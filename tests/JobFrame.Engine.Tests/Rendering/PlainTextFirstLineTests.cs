using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Rendering;

namespace JobFrame.Engine.Tests.Rendering;

/// <summary>The notification line of a chat message is the first line of the answer's plain text, whatever the answer.</summary>
public sealed class PlainTextFirstLineTests
{
    private static readonly JobFrameEngine Engine = new(new FixedCanonSource(CanonLoader.Load(CanonFolders.BundledCanon)));

    [Theory]
    [InlineData("goals for Senior ML Engineer")]
    [InlineData("okrs for Senior ML Engineer")]
    [InlineData("scorecard for Senior ML Engineer")]
    [InlineData("goals for Experienced AI/ML Engineer")]
    [InlineData("level P3")]
    [InlineData("compare P3 and P4")]
    [InlineData("goals for ML Engineer")]
    [InlineData("goals for VP of Sales")]
    [InlineData("help")]
    [InlineData("")]
    public void FirstLine_IsTheFirstLineOfTheWholeText(string message)
    {
        var answer = Engine.Ask(message);
        var whole = PlainTextRenderer.Render(answer).TrimStart();

        var firstLine = PlainTextRenderer.FirstLine(answer);

        Assert.Equal(whole.Split('\n')[0], firstLine);
        Assert.NotEmpty(firstLine);
    }

    [Fact]
    public void FirstLine_OfAWholeGoalsAnswer_IsItsTitle()
    {
        var answer = Assert.IsType<GoalsAnswer>(Engine.Ask("goals for Senior ML Engineer"));

        Assert.Equal("Goal templates — AI / Machine Learning Engineering — P4", PlainTextRenderer.FirstLine(answer));
    }
}
