using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Engine.Tests.Exports;

public sealed class TextExportSeedTests
{
    private static readonly CanonSnapshot Canon = CanonLoader.Load(CanonFolders.BundledCanon);

    [Theory]
    [InlineData(FrameKind.Smart)]
    [InlineData(FrameKind.Okr)]
    [InlineData(FrameKind.Mbo)]
    [InlineData(FrameKind.Scorecard)]
    public void TextExport_P4Frame_IsTheSeedPagesCopyBlockExactly(FrameKind kind)
    {
        var frames = GoalFrameBuilder.Build(Canon.FindProfile("DATASC.AIMACHIN97C0.P4")!);

        var text = TextExport.Render(frames, kind);

        Assert.Equal(SeedPage.Block(kind), text);
    }

    [Fact]
    public void SeedBlocks_AreCutWhereTheNextHeadingStarts()
    {
        Assert.StartsWith("1. Architects scalable ML systems", SeedPage.Block(FrameKind.Smart), StringComparison.Ordinal);
        Assert.EndsWith("Time-bound:  ⟨date⟩", SeedPage.Block(FrameKind.Smart), StringComparison.Ordinal);
        Assert.EndsWith("[source: level dimension (Leadership)]", SeedPage.Block(FrameKind.Scorecard), StringComparison.Ordinal);
    }
}
