using System.Net;
using System.Text.Json;
using JobFrame.LoadTest;

var (options, error) = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.Write(LoadOptions.Usage);
    return 2;
}

using var handler = new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.MaxInFlight,
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

Console.WriteLine($"Loading {options.BaseUrl} for {options.Duration.TotalSeconds:0} s at {options.Rate:0.#} messages/s ...");
var report = await new OpenLoopRun(options, client).RunAsync(stop.Token);
Console.Write(report.ToTable());
if (options.JsonPath is not null)
{
    var indented = new LoadJsonContext(new JsonSerializerOptions(LoadJsonContext.Default.Options) { WriteIndented = true });
    await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(report, indented.LoadReport));
}

return report.Scenarios.Sum(s => s.Errors) == 0 ? 0 : 1;
