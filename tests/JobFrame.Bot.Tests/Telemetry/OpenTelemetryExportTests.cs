using JobFrame.Bot.Tests.Fixtures;
using JobFrame.Bot.Tests.Slack;
using JobFrame.Bot.Tests.Teams;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace JobFrame.Bot.Tests.Telemetry;

/// <summary>
/// What an operator's collector receives over OTLP/HTTP, configured only by the standard OTEL_* settings: a question
/// asked in a face produces the documented metrics and a trace holding the face's span under the request's span.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class OpenTelemetryExportTests
{
    [Fact]
    public async Task TeamsQuestion_ExportsTheQuestionMetricsAndTheFacesSpanInTheRequestsTrace()
    {
        await using var collector = await OtlpStandIn.StartAsync();
        await using var host = new BotHost(collector.Endpoint);
        await host.InitializeAsync();
        var conversation = "a:" + Guid.NewGuid().ToString("N");

        await host.PostActivityAsync(
            TeamsPayloads.Load(TeamsPayloads.PersonalMessage, host.StandIns.ServiceUrl, conversation), host.StandIns.Tokens.Channel(host.StandIns.ServiceUrl));
        await host.StandIns.WaitForPostsAsync(conversation, 1);
        Flush(host.Factory.Services);

        // Cumulative points: a periodic export before the flush repeats them, so each is checked wherever it appears.
        var questions = Points(collector, "jobframe.questions");
        Assert.All(questions, point =>
        {
            Assert.Equal("jobframe.bot", point.Scope);
            Assert.Equal("msteams", point.Attributes["jobframe.face"]);
            Assert.Equal("confident", point.Attributes["jobframe.outcome"]);
        });
        Assert.All(Points(collector, "jobframe.answer.duration"), point => Assert.Equal("confident", point.Attributes["jobframe.outcome"]));
        Assert.All(Points(collector, "jobframe.canon.in_service"), point => Assert.False(string.IsNullOrEmpty(point.Attributes["jobframe.canon.version"])));
        Assert.Contains(collector.DataPoints, point => point.Metric == "http.server.request.duration");
        Assert.Contains(collector.DataPoints, point => point.Metric == "http.client.request.duration");

        var face = Assert.Single(collector.Spans, span => span.Name == "jobframe.question msteams");
        Assert.Equal("jobframe.bot", face.Scope);
        Assert.Equal("confident", face.Attributes["jobframe.outcome"]);
        var request = Assert.Single(collector.Spans, span => span.SpanId == face.ParentSpanId);
        Assert.Equal(face.TraceId, request.TraceId);
        Assert.Equal("/api/messages", request.Attributes["http.route"]);
        Assert.DoesNotContain(collector.Spans.SelectMany(span => span.Attributes.Values), value => value.Contains("Senior ML Engineer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlackQuestionThatNeedsReview_IsCountedWithItsFaceAndOutcome()
    {
        await using var collector = await OtlpStandIn.StartAsync();
        await using var host = await SlackHost.StartAsync(recordingHandler: false, settings: Otlp(collector.Endpoint));
        var message = Slack.Fixtures.Json("message-im.json");
        message["event"]!["text"] = "goals for ML Engineer";

        await host.PostEventAsync(message);
        await host.StandIn.NextCallAsync();
        Flush(host.Services);

        Assert.All(Points(collector, "jobframe.questions"), point =>
        {
            Assert.Equal("slack", point.Attributes["jobframe.face"]);
            Assert.Equal("needs_review", point.Attributes["jobframe.outcome"]);
        });
        Assert.Single(collector.Spans, span => span.Name == "jobframe.question slack");
    }

    private static IReadOnlyList<OtlpDataPoint> Points(OtlpStandIn collector, string metric)
    {
        var points = collector.DataPoints.Where(point => point.Metric == metric).ToList();
        Assert.NotEmpty(points);
        return points;
    }

    private static Dictionary<string, string> Otlp(string endpoint) => new()
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint,
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
    };

    private static void Flush(IServiceProvider services)
    {
        Assert.True(services.GetRequiredService<TracerProvider>().ForceFlush());
        Assert.True(services.GetRequiredService<MeterProvider>().ForceFlush());
    }

    private sealed class BotHost(string endpoint) : TeamsHost
    {
        protected override bool UsesBotHandler => true;

        protected override void Configure(IDictionary<string, string?> settings)
        {
            foreach (var (key, value) in Otlp(endpoint))
            {
                settings[key] = value;
            }
        }
    }
}
