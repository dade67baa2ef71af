using System.Diagnostics;

namespace JobFrame.LoadTest;

/// <summary>
/// Saturation: a fixed number of workers, each sending its next request the moment the previous one is answered,
/// for the duration. What the host answers per second at that concurrency is its throughput; nothing is skipped, so
/// every error in the report is a real one. Stops at duration + grace whatever the host does.
/// </summary>
internal sealed class ClosedLoopRun(LoadOptions options, HttpClient client)
{
    public async Task<LoadReport> RunAsync(IReadOnlyList<Scenario> mix, string totalName, CancellationToken userStop)
    {
        var recorders = mix.Select(s => s.Name).Distinct().ToDictionary(n => n, n => new ScenarioRecorder(n));
        var total = recorders.Count > 1 ? new ScenarioRecorder(totalName) : null;

        using var hardStop = CancellationTokenSource.CreateLinkedTokenSource(userStop);
        hardStop.CancelAfter(options.Duration + options.Grace);
        var clock = Stopwatch.StartNew();
        long next = -1;
        var workers = Enumerable.Range(0, options.Workers).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < options.Duration && !userStop.IsCancellationRequested)
            {
                var sequence = Interlocked.Increment(ref next);
                var scenario = mix[(int)(sequence % mix.Count)];
                ScenarioRecorder[] targets = total is null ? [recorders[scenario.Name]] : [recorders[scenario.Name], total];
                foreach (var recorder in targets)
                {
                    recorder.Sent();
                }

                await RequestSender.SendAsync(client, scenario, sequence, clock.Elapsed, targets, clock, hardStop.Token);
            }
        }));
        await Task.WhenAll(workers);

        List<ScenarioResult> results = [.. recorders.Values.Select(r => r.Result(options.Duration))];
        if (total is not null)
        {
            results.Add(total.Result(options.Duration));
        }

        return new LoadReport(
            options.BaseUrl.AbsoluteUri, 0, 0, options.Duration.TotalSeconds, clock.Elapsed.TotalSeconds, options.Workers, results);
    }
}
