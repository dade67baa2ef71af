using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using static JobFrame.Bot.Tests.Telemetry.ProtobufFields;

namespace JobFrame.Bot.Tests.Telemetry;

/// <summary>
/// A local OTLP/HTTP collector (https://opentelemetry.io/docs/specs/otlp/#otlphttp): takes protobuf exports at
/// <c>/v1/traces</c> and <c>/v1/metrics</c> and reads out each span and each metric data point.
/// </summary>
internal sealed class OtlpStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<OtlpSpan> _spans = new();
    private readonly ConcurrentQueue<OtlpDataPoint> _points = new();

    private OtlpStandIn(WebApplication app) => _app = app;

    /// <summary>http://127.0.0.1:port — what OTEL_EXPORTER_OTLP_ENDPOINT names.</summary>
    public string Endpoint { get; private set; } = string.Empty;

    public IReadOnlyList<OtlpSpan> Spans => [.. _spans];

    public IReadOnlyList<OtlpDataPoint> DataPoints => [.. _points];

    public static async Task<OtlpStandIn> StartAsync()
    {
        var standIn = new OtlpStandIn(LoopbackApp.Create());
        standIn._app.MapPost("/v1/traces", async (HttpRequest request) => standIn.Traces(await BodyAsync(request)));
        standIn._app.MapPost("/v1/metrics", async (HttpRequest request) => standIn.Metrics(await BodyAsync(request)));
        await standIn._app.StartAsync();
        standIn.Endpoint = LoopbackApp.Address(standIn._app).TrimEnd('/');
        return standIn;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static async Task<ReadOnlyMemory<byte>> BodyAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        return body.ToArray();
    }

    // ExportTraceServiceRequest: resource_spans(1) > scope_spans(2) > scope(1).name(1), spans(2).
    private IResult Traces(ReadOnlyMemory<byte> export)
    {
        foreach (var scopeSpans in All(export, 1).SelectMany(resource => All(resource, 2)))
        {
            var scope = All(scopeSpans, 1).Select(s => Text(s, 1)).FirstOrDefault() ?? string.Empty;
            foreach (var span in All(scopeSpans, 2))
            {
                // Span: trace_id(1), span_id(2), parent_span_id(4), name(5), attributes(9).
                _spans.Enqueue(new OtlpSpan(scope, Text(span, 5), Hex(span, 1), Hex(span, 2), Hex(span, 4), Attributes(span, 9)));
            }
        }

        return Results.Ok();
    }

    // ExportMetricsServiceRequest: resource_metrics(1) > scope_metrics(2) > scope(1), metrics(2): name(1) and
    // gauge(5) / sum(7) / histogram(9), each with data_points(1) whose attributes are field 7 (numbers) or 9 (histograms).
    private IResult Metrics(ReadOnlyMemory<byte> export)
    {
        foreach (var scopeMetrics in All(export, 1).SelectMany(resource => All(resource, 2)))
        {
            var scope = All(scopeMetrics, 1).Select(s => Text(s, 1)).FirstOrDefault() ?? string.Empty;
            foreach (var metric in All(scopeMetrics, 2))
            {
                var name = Text(metric, 1);
                foreach (var (kind, attributesField) in new[] { (5, 7), (7, 7), (9, 9) })
                {
                    foreach (var point in All(metric, kind).SelectMany(data => All(data, 1)))
                    {
                        _points.Enqueue(new OtlpDataPoint(scope, name, Attributes(point, attributesField)));
                    }
                }
            }
        }

        return Results.Ok();
    }

    // KeyValue: key(1), value(2) AnyValue: string_value(1), bool(2), int(3).
    private static Dictionary<string, string> Attributes(ReadOnlyMemory<byte> message, int field) =>
        All(message, field)
            .Select(pair => (Key: Text(pair, 1), Value: All(pair, 2).FirstOrDefault()))
            .GroupBy(pair => pair.Key)
            .ToDictionary(group => group.Key, group => AnyValue(group.First().Value));

    private static string AnyValue(ReadOnlyMemory<byte> value) =>
        Read(value).FirstOrDefault() is var (number, bytes, scalar) && number == 1
            ? System.Text.Encoding.UTF8.GetString(bytes.Span)
            : scalar.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>One span as exported: its instrumentation scope, name, ids (hex) and attributes.</summary>
internal sealed record OtlpSpan(string Scope, string Name, string TraceId, string SpanId, string ParentSpanId, IReadOnlyDictionary<string, string> Attributes);

/// <summary>One metric data point as exported: its scope, the metric's name, and the point's attributes.</summary>
internal sealed record OtlpDataPoint(string Scope, string Metric, IReadOnlyDictionary<string, string> Attributes);
