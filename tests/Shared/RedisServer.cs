using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace JobFrame.Tests.Shared;

/// <summary>
/// A real <c>redis-server</c> (Debian's, installed by <c>.ci/run</c>) on a free loopback port, with no persistence and
/// its files in a temporary folder; stopped and removed at the end. <see cref="StopAsync"/> and
/// <see cref="StartAgainAsync"/> let a test take Redis away mid-run and bring it back on the same port.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    // Fails a broken run instead of hanging it; it says nothing about how fast Redis must start.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly string _folder;
    private Process? _process;

    private RedisServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>A StackExchange.Redis configuration string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("jobframe-redis-").FullName;
        var server = new RedisServer(folder, FreePort());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again) on its port and returns once it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(Executable())
        {
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        foreach (var argument in new[]
        {
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no", "--daemonize", "no", "--dir", _folder, "--logfile", Path.Combine(_folder, "redis.log"),
        })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        using var guard = new CancellationTokenSource(HangGuard);
        while (!await AcceptsConnectionsAsync(guard.Token))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with {_process.ExitCode}: {Log()}");
            }

            await Task.Delay(20, guard.Token);
        }
    }

    /// <summary>Kills the server, as a crash or a lost network would take it away.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static string Executable()
    {
        foreach (var candidate in new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server", "/usr/sbin/redis-server" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("redis-server is not installed; `bash .ci/run` installs it (Debian: apt-get install -y redis-server).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task<bool> AcceptsConnectionsAsync(CancellationToken ct)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port, ct);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private string Log()
    {
        var log = Path.Combine(_folder, "redis.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no log)";
    }
}
