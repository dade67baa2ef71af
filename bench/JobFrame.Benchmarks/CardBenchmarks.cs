using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Canon.Loading;

namespace JobFrame.Benchmarks;

/// <summary>
/// What a chat face adds to an answer: drawing the goals card for Teams and Slack, and writing it as UTF-8 JSON into a
/// reusable buffer, as the host writes it into a response.
/// </summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Answer _goals = null!;
    private AdaptiveCard _goalsCard = null!;
    private BlockKitMessage _goalsMessage = null!;

    [GlobalSetup]
    public void Setup()
    {
        var engine = new JobFrameEngine(new FixedCanonSource(CanonLoader.Load(Path.Combine(AppContext.BaseDirectory, "canon"))));
        _goals = engine.Ask("goals for Senior ML Engineer");
        _goalsCard = AdaptiveCardRenderer.Render(_goals, CardRenderOptions.Default);
        _goalsMessage = BlockKitRenderer.Render(_goals);
    }

    [Benchmark]
    public AdaptiveCard RenderGoalsAdaptiveCard() => AdaptiveCardRenderer.Render(_goals, CardRenderOptions.Default);

    [Benchmark]
    public int WriteGoalsAdaptiveCardJson()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, _goalsCard, AdaptiveCardJsonContext.Default.AdaptiveCard);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public BlockKitMessage RenderGoalsBlockKit() => BlockKitRenderer.Render(_goals);

    [Benchmark]
    public int WriteGoalsBlockKitJson()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer);
        JsonSerializer.Serialize(writer, _goalsMessage, BlockKitJsonContext.Default.BlockKitMessage);
        return _buffer.WrittenCount;
    }
}
