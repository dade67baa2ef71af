using System.Diagnostics;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Telemetry;

/// <summary>
/// Asks the engine a question on behalf of a face, inside the face's span (<c>jobframe.question {face}</c>), and records the
/// answer's outcome and latency. The question's text is never a tag or a metric attribute.
/// </summary>
public sealed class QuestionTelemetry(BotMetrics metrics)
{
    /// <summary>The bot's activity source, <c>jobframe.bot</c>.</summary>
    public static readonly ActivitySource ActivitySource = new(BotTelemetryNames.Source);

    /// <summary><see cref="JobFrameEngine.Ask"/>, measured. <paramref name="face"/> is <c>teams</c>, <c>slack</c>, <c>webchat</c>...</summary>
    public Answer Ask(JobFrameEngine engine, string face, string? question)
    {
        ArgumentNullException.ThrowIfNull(engine);
        using var span = ActivitySource.StartActivity(BotTelemetryNames.QuestionSpan(face), ActivityKind.Internal);
        span?.SetTag(BotTelemetryNames.FaceAttribute, face);
        var started = Stopwatch.GetTimestamp();
        var answer = engine.Ask(question);
        var outcome = AnswerOutcome.Of(answer);
        metrics.QuestionAnswered(face, outcome, Stopwatch.GetElapsedTime(started));
        span?.SetTag(BotTelemetryNames.OutcomeAttribute, outcome);
        span?.SetTag(BotTelemetryNames.CanonVersionAttribute, engine.Canon.Version);
        return answer;
    }
}
