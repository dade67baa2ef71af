using System.Diagnostics;
using System.Diagnostics.Metrics;
using JobFrame.Bot.Canon;
using static JobFrame.Bot.Telemetry.BotTelemetryNames;

namespace JobFrame.Bot.Telemetry;

/// <summary>The bot's own instruments on the <c>jobframe.bot</c> meter; every attribute value is a fixed word or a canon id, never a person's text.</summary>
public sealed class BotMetrics
{
    private readonly Counter<long> _questions;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _outboundFailures;
    private readonly Counter<long> _outboundRateLimited;
    private readonly Counter<long> _chatRateLimited;
    private readonly Counter<long> _canonReloads;

    public BotMetrics(IMeterFactory meterFactory, CanonHolder canon)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(Source);
        _questions = meter.CreateCounter<long>(Questions, "{question}", "Questions answered, by face and outcome.");
        _answerDuration = meter.CreateHistogram<double>(
            AnswerDuration, "s", "Time from a question's text to its answer, in the engine.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.00001, 0.00005, 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5] });
        _outboundFailures = meter.CreateCounter<long>(BotTelemetryNames.OutboundFailures, "{attempt}", "Connector and Slack attempts that failed, by remote and status or error.");
        _outboundRateLimited = meter.CreateCounter<long>(BotTelemetryNames.OutboundRateLimited, "{attempt}", "Attempts the connector or Slack answered with 429.");
        _chatRateLimited = meter.CreateCounter<long>(ChatRateLimited, "{request}", "Turns refused by the bot's own per-user and per-conversation limits.");
        _canonReloads = meter.CreateCounter<long>(CanonReloads, "{reload}", "Canon reloads after a change on disk, accepted or refused.");
        meter.CreateObservableGauge<int>(CanonInService, () => CanonInServiceNow(canon), "{canon}", "1 for the canon snapshot in service, with its name, version and fingerprint.");
    }

    public void QuestionAnswered(string face, string outcome, TimeSpan elapsed)
    {
        TagList tags = new() { { FaceAttribute, face }, { OutcomeAttribute, outcome } };
        _questions.Add(1, tags);
        _answerDuration.Record(elapsed.TotalSeconds, tags);
    }

    public void OutboundFailure(string remote, string errorType) =>
        _outboundFailures.Add(1, new KeyValuePair<string, object?>(RemoteAttribute, remote), new KeyValuePair<string, object?>(ErrorTypeAttribute, errorType));

    public void OutboundRateLimited(string remote) => _outboundRateLimited.Add(1, new KeyValuePair<string, object?>(RemoteAttribute, remote));

    public void ChatTurnRefused(string face) => _chatRateLimited.Add(1, new KeyValuePair<string, object?>(FaceAttribute, face));

    public void CanonReloaded(bool accepted) =>
        _canonReloads.Add(1, new KeyValuePair<string, object?>(ReloadResultAttribute, accepted ? "accepted" : "refused"));

    private static IEnumerable<Measurement<int>> CanonInServiceNow(CanonHolder canon) =>
        canon.Loaded is { } snapshot
            ? [new Measurement<int>(1, new(CanonNameAttribute, snapshot.Name), new(CanonVersionAttribute, snapshot.Version), new(CanonFingerprintAttribute, snapshot.Fingerprint))]
            : [];
}
