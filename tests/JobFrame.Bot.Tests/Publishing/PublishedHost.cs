using System.Diagnostics;
using System.Text.RegularExpressions;
using JobFrame.Tests.Shared;

namespace JobFrame.Bot.Tests.Publishing;

/// <summary>
/// The host as the image ships it: published with the Dockerfile's own <c>dotnet publish</c> command (read from the
/// Dockerfile, only its output folder changed), then started from its folder on a free loopback port, as the image's
/// entry point starts it, in the Development environment: outside it a host without credentials serves no chat
/// endpoint, and no test may sign in to Microsoft. Stopped and deleted when the tests are done.
/// </summary>
public sealed partial class PublishedHost : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jobframe-published-" + Guid.NewGuid().ToString("N"));
    private Process? _host;

    /// <summary>The Dockerfile's publish command as run here: program and arguments.</summary>
    public IReadOnlyList<string> PublishCommand { get; private set; } = [];

    /// <summary>The publish output folder.</summary>
    public string Folder => _folder;

    /// <summary>The running host's base address, http://127.0.0.1:port/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        PublishCommand = ReadPublishCommand(_folder);
        var publish = await RunAsync(PublishCommand, RepositoryRoot.Folder);
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', PublishCommand)} failed ({publish.ExitCode}):\n{publish.Output}");
        }

        var executable = Path.Combine(_folder, "JobFrame.Bot");
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        _host = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        BaseAddress = await ListeningAddressAsync(_host);
    }

    public async Task DisposeAsync()
    {
        if (_host is { HasExited: false })
        {
            _host.Kill(entireProcessTree: true);
            await _host.WaitForExitAsync();
        }

        _host?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The Dockerfile's <c>RUN dotnet publish ... -o /app</c>, with <c>/app</c> replaced by <paramref name="output"/>.</summary>
    public static IReadOnlyList<string> ReadPublishCommand(string output)
    {
        var line = File.ReadLines(Path.Combine(RepositoryRoot.Folder, "Dockerfile"))
            .Single(l => l.StartsWith("RUN dotnet publish ", StringComparison.Ordinal));
        var words = line["RUN ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var o = words.IndexOf("-o");
        if (o < 0 || o + 1 >= words.Count || words[o + 1] != "/app")
        {
            throw new InvalidOperationException($"the Dockerfile's publish step no longer writes to /app: {line}");
        }

        words[o + 1] = output;
        return words;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyList<string> command, string directory)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command[0]}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    // Kestrel logs the port it was given for port 0 ("Now listening on: http://127.0.0.1:40321"); the host's
    // Production log is JSON lines, one of which carries that message.
    private static async Task<Uri> ListeningAddressAsync(Process host)
    {
        var seen = new List<string>();
        while (await host.StandardOutput.ReadLineAsync() is { } line)
        {
            seen.Add(line);
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                // Keep reading the host's output so it never blocks on a full pipe.
                _ = host.StandardOutput.ReadToEndAsync();
                _ = host.StandardError.ReadToEndAsync();
                return new Uri(match.Groups["url"].Value + "/");
            }
        }

        throw new InvalidOperationException(
            $"the published host exited ({host.ExitCode}) before listening:\n{string.Join('\n', seen)}\n{await host.StandardError.ReadToEndAsync()}");
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
