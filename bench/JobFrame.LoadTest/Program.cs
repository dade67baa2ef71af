using System.Globalization;
using System.Net;
using System.Text.Json;

namespace JobFrame.LoadTest;

/// <summary>
/// <c>jobframe-load</c>: a scheduled (open-loop) run, or with <c>--saturate</c> a closed-loop one, against a host on
/// loopback; prints the report and exits 1 when anything failed.
/// </summary>
internal static class LoadDriverProgram
{
    public static async Task<int> Main(string[] args)
    {
        var (options, error) = LoadOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(error);
            Console.Error.Write(LoadOptions.Usage);
            return 2;
        }

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Saturate is null ? options.MaxInFlight : options.Workers,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        var indented = new LoadJsonContext(new JsonSerializerOptions(LoadJsonContext.Default.Options) { WriteIndented = true });
        var seconds = options.Duration.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
        if (options.Saturate is not { } target)
        {
            Console.WriteLine($"Loading {options.BaseUrl} for {seconds} s at {options.Rate:0.#} messages/s ...");
            var report = await new OpenLoopRun(options, client).RunAsync(stop.Token);
            Console.Write(report.ToTable());
            if (options.JsonPath is not null)
            {
                await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(report, indented.LoadReport));
            }

            return report.Scenarios.Sum(s => s.Errors) == 0 ? 0 : 1;
        }

        var run = new ClosedLoopRun(options, client);
        LoadReport? messages = null;
        LoadReport? health = null;
        if (target is SaturationTarget.Messages or SaturationTarget.Both)
        {
            Console.WriteLine($"Saturating {options.BaseUrl}api/messages for {seconds} s with {options.Workers} workers ...");
            messages = await run.RunAsync(Scenarios.Interleave(Scenarios.Messages(options.BaseUrl)), "all messages", stop.Token);
            Console.Write(messages.ToTable());
        }

        if (target is SaturationTarget.Healthz or SaturationTarget.Both)
        {
            Console.WriteLine($"Saturating {options.BaseUrl}healthz for {seconds} s with {options.Workers} workers ...");
            health = await run.RunAsync([Scenarios.Health(options.BaseUrl)], Scenarios.HealthPath, stop.Token);
            Console.Write(health.ToTable());
        }

        if (messages is not null && health is not null)
        {
            var both = new SaturationReport(messages, health);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"/api/messages answered {both.MessagesToHealthRatio:P0} of what /healthz answered per second"));
            if (options.JsonPath is not null)
            {
                await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(both, indented.SaturationReport));
            }
        }
        else if (options.JsonPath is not null)
        {
            await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(messages ?? health!, indented.LoadReport));
        }

        return new[] { messages, health }.Sum(r => r?.Scenarios.Sum(s => s.Errors) ?? 0) == 0 ? 0 : 1;
    }
}
