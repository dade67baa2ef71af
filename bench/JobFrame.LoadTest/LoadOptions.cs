using System.Globalization;
using System.Net;

namespace JobFrame.LoadTest;

/// <summary>What one run does: where, how fast, for how long, and how much may be in flight.</summary>
internal sealed record LoadOptions(
    Uri BaseUrl,
    double Rate,
    TimeSpan Duration,
    TimeSpan Grace,
    int MaxInFlight,
    double HealthRate,
    string? JsonPath,
    SaturationTarget? Saturate = null,
    int Workers = 32)
{
    public const string Usage = """
        Usage: jobframe-load [options]

          --url <base>            the host to load, loopback only (default http://127.0.0.1:3978)
          --rate <n>              /api/messages requests per second, sent on schedule (default 200; 0: none)
          --duration <seconds>    how long to send (default 30)
          --grace <seconds>       how long to wait for the last answers before cancelling them (default 5)
          --max-in-flight <n>     requests outstanding at once; a send beyond it is counted as skipped (default 256)
          --healthz-rate <n>      GET /healthz per second in the same run (default 0: none)
          --json <file>           also write the report as JSON

        A rate above what the host can answer, with a small --max-in-flight, measures its saturated throughput: the
        answered requests per second (sends beyond the bound are counted as skipped, not sent).
        The host must be started separately, in development mode (no MicrosoftAppId), which accepts loopback callers.
        """;

    /// <summary>Reads the command line; a message instead of options when it is not usable.</summary>
    public static (LoadOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                return (null, $"expected --option value, got '{args[i]}'");
            }

            values[args[i]] = args[++i];
        }

        var unknown = values.Keys.FirstOrDefault(k => k is not ("--url" or "--rate" or "--duration" or "--grace" or "--max-in-flight" or "--healthz-rate" or "--json" or "--saturate" or "--workers"));
        if (unknown is not null)
        {
            return (null, $"unknown option {unknown}");
        }

        if (!Uri.TryCreate(values.GetValueOrDefault("--url", "http://127.0.0.1:3978"), UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https"))
        {
            return (null, "--url must be an absolute http(s) URL");
        }

        if (!IsLoopback(url))
        {
            return (null, $"--url {url.Host} is not a loopback address: this driver only loads a host on this machine");
        }

        var rate = Number(values, "--rate", 200);
        var duration = Number(values, "--duration", 30);
        var grace = Number(values, "--grace", 5);
        var inFlight = Number(values, "--max-in-flight", 256);
        var health = Number(values, "--healthz-rate", 0);
        if (rate is not (>= 0 and <= 10_000) || duration is not (> 0 and <= 3_600) || grace is not (>= 0 and <= 60)
            || inFlight is not (>= 1 and <= 10_000) || health is not (>= 0 and <= 10_000) || rate + health <= 0)
        {
            return (null, "out of range: --rate 0..10000, --duration 1..3600, --grace 0..60, --max-in-flight 1..10000, --healthz-rate 0..10000, and something to send");
        }

        SaturationTarget? saturate = null;
        if (values.TryGetValue("--saturate", out var target))
        {
            if (!Enum.TryParse<SaturationTarget>(target, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return (null, "--saturate must be messages, healthz or both");
            }

            if (values.ContainsKey("--rate") || values.ContainsKey("--healthz-rate") || values.ContainsKey("--max-in-flight"))
            {
                return (null, "--saturate sends as fast as the host answers: it takes --workers, not --rate, --healthz-rate or --max-in-flight");
            }

            saturate = parsed;
        }

        var workers = Number(values, "--workers", 32);
        if (workers is not (>= 1 and <= 1_000))
        {
            return (null, "out of range: --workers 1..1000");
        }

        return (new LoadOptions(
            url, rate!.Value, TimeSpan.FromSeconds(duration!.Value), TimeSpan.FromSeconds(grace!.Value),
            (int)inFlight!.Value, health!.Value, values.GetValueOrDefault("--json"), saturate, (int)workers!.Value), null);
    }

    /// <summary>Loopback IP literals and "localhost"; any other name is refused rather than resolved.</summary>
    public static bool IsLoopback(Uri url) =>
        string.Equals(url.Host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static double? Number(Dictionary<string, string> values, string name, double fallback) =>
        !values.TryGetValue(name, out var text) ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : null;
}
