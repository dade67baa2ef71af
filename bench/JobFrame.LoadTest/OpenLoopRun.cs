using System.Diagnostics;

namespace JobFrame.LoadTest;

/// <summary>
/// Sends on schedule whatever the host does (open loop: a slow answer never delays the next send), keeps at most
/// <see cref="LoadOptions.MaxInFlight"/> requests outstanding (a send beyond that is counted as skipped), and stops
/// hard at duration + grace, cancelling what is still unanswered.
/// </summary>
internal sealed class OpenLoopRun(LoadOptions options, HttpClient client)
{
    private readonly SemaphoreSlim _inFlight = new(options.MaxInFlight, options.MaxInFlight);

    public async Task<LoadReport> RunAsync(CancellationToken userStop)
    {
        var messageMix = Scenarios.Interleave(Scenarios.Messages(options.BaseUrl));
        var recorders = messageMix.Select(s => s.Name).Distinct().ToDictionary(n => n, n => new ScenarioRecorder(n));
        var allMessages = new ScenarioRecorder("all messages");
        var health = new ScenarioRecorder(Scenarios.HealthPath);

        using var hardStop = CancellationTokenSource.CreateLinkedTokenSource(userStop);
        hardStop.CancelAfter(options.Duration + options.Grace);
        var clock = Stopwatch.StartNew();
        var pending = new List<Task>();
        var schedules = new List<Task>();
        if (options.Rate > 0)
        {
            schedules.Add(ScheduleAsync(options.Rate, sequence =>
            {
                var scenario = messageMix[(int)(sequence % messageMix.Count)];
                return (scenario, [recorders[scenario.Name], allMessages]);
            }, clock, pending, hardStop.Token, userStop));
        }

        if (options.HealthRate > 0)
        {
            var healthScenario = Scenarios.Health(options.BaseUrl);
            schedules.Add(ScheduleAsync(options.HealthRate, _ => (healthScenario, [health]), clock, pending, hardStop.Token, userStop));
        }

        await Task.WhenAll(schedules);
        Task[] outstanding;
        lock (pending)
        {
            outstanding = [.. pending];
        }

        await Task.WhenAll(outstanding);
        var elapsed = clock.Elapsed;

        List<ScenarioResult> results = options.Rate > 0
            ? [.. recorders.Values.Select(r => r.Result(options.Duration)), allMessages.Result(options.Duration)]
            : [];
        if (options.HealthRate > 0)
        {
            results.Add(health.Result(options.Duration));
        }

        return new LoadReport(
            options.BaseUrl.AbsoluteUri, options.Rate, options.HealthRate, options.Duration.TotalSeconds, elapsed.TotalSeconds,
            options.MaxInFlight, results);
    }

    private async Task ScheduleAsync(
        double rate,
        Func<long, (Scenario Scenario, ScenarioRecorder[] Recorders)> pick,
        Stopwatch clock,
        List<Task> pending,
        CancellationToken hardStop,
        CancellationToken userStop)
    {
        var interval = TimeSpan.FromSeconds(1 / rate);
        var count = (long)Math.Floor(rate * options.Duration.TotalSeconds);
        for (long sequence = 0; sequence < count && !userStop.IsCancellationRequested && !hardStop.IsCancellationRequested; sequence++)
        {
            var due = interval * sequence;
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, CancellationToken.None);
            }

            var (scenario, recorders) = pick(sequence);
            foreach (var recorder in recorders)
            {
                recorder.Sent();
            }

            if (!_inFlight.Wait(0, CancellationToken.None))
            {
                foreach (var recorder in recorders)
                {
                    recorder.Skipped();
                }

                continue;
            }

            var send = SendAsync(scenario, sequence, due, recorders, clock, hardStop);
            lock (pending)
            {
                pending.Add(send);
            }
        }
    }

    private async Task SendAsync(
        Scenario scenario, long sequence, TimeSpan due, ScenarioRecorder[] recorders, Stopwatch clock, CancellationToken hardStop)
    {
        try
        {
            await RequestSender.SendAsync(client, scenario, sequence, due, recorders, clock, hardStop);
        }
        finally
        {
            _inFlight.Release();
        }
    }
}
