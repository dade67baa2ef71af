using System.Diagnostics;
using System.Net;

namespace JobFrame.LoadTest;

/// <summary>Sends one request and records what came of it: answered with its latency, or which kind of error.</summary>
internal static class RequestSender
{
    /// <summary>
    /// Latency is measured from <paramref name="startedAt"/> on <paramref name="clock"/>: the scheduled send time in an
    /// open-loop run, so a late send caused by a busy machine counts against the latency too.
    /// </summary>
    public static async Task SendAsync(
        HttpClient client, Scenario scenario, long sequence, TimeSpan startedAt, ScenarioRecorder[] recorders, Stopwatch clock,
        CancellationToken hardStop)
    {
        try
        {
            using var request = scenario.CreateRequest(sequence);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, hardStop);
            var body = await response.Content.ReadAsByteArrayAsync(hardStop);
            var latencyMs = (clock.Elapsed - startedAt).TotalMilliseconds;
            foreach (var recorder in recorders)
            {
                if (!response.IsSuccessStatusCode)
                {
                    recorder.Non2xx();
                }
                else if (request.Method == HttpMethod.Post && !ExpectedReplies.HasAny(body))
                {
                    recorder.EmptyReplies();
                }
                else
                {
                    recorder.Answered(latencyMs);
                }
            }
        }
        catch (OperationCanceledException) when (hardStop.IsCancellationRequested)
        {
            foreach (var recorder in recorders)
            {
                recorder.Cancelled();
            }
        }
        catch (Exception failure) when (failure is HttpRequestException or IOException or OperationCanceledException or WebException)
        {
            foreach (var recorder in recorders)
            {
                recorder.Exception();
            }
        }
    }
}
