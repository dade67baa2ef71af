using System.Text.Json;
using JobFrame.Tests.Shared;

namespace JobFrame.Cli.Tests;

/// <summary>`--format adaptive-card|block-kit` prints the card object itself, or the Block Kit message with its blocks.</summary>
public sealed class CardFormatTests
{
    private static readonly string Canon = Path.Combine(RepositoryRoot.Folder, "canon");

    [Theory]
    [InlineData("goals", "Senior ML Engineer")]
    [InlineData("level", "P3")]
    [InlineData("resolve", "Experienced AI/ML Engineer")]
    public void AdaptiveCardFormat_PrintsTheCardObject(string command, string subject)
    {
        var (exit, output) = Run(command, subject, "--format", "adaptive-card");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, exit);
        Assert.Equal(("AdaptiveCard", "1.5"), (json.RootElement.GetProperty("type").GetString(), json.RootElement.GetProperty("version").GetString()));
    }

    [Fact]
    public void CompareInBlockKit_PrintsAMessageWithABlocksArray()
    {
        var (exit, output) = Run("compare", "P3", "P4", "--format", "block-kit");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, exit);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("blocks").ValueKind);
        Assert.Equal("header", json.RootElement.GetProperty("blocks")[0].GetProperty("type").GetString());
    }

    [Fact]
    public void AmbiguousTitleAsACard_PrintsTheChoiceAndExitsNotConfident()
    {
        var (exit, output) = Run("goals", "ML Engineer", "--format", "adaptive-card");

        Assert.Equal(3, exit);
        Assert.Contains("Which one did you mean?", output, StringComparison.Ordinal);
    }

    private static (int Exit, string Output) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CliApplication.Run([.. args, "--canon", Canon], stdout, stderr);
        return (exit, stdout.ToString());
    }
}
