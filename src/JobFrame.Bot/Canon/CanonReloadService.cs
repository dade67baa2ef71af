using JobFrame.Bot.Telemetry;
using JobFrame.Engine.Canon.Loading;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Canon;

/// <summary>
/// Loads the canon when the host starts (a broken canon stops start-up, naming file, line and problem) and, when
/// <see cref="CanonOptions.Watch"/> is on, reloads it after the files change: a valid edit is swapped in atomically,
/// a broken one is logged and the last good canon keeps serving.
/// </summary>
public sealed class CanonReloadService(
    CanonHolder holder,
    IOptions<CanonOptions> options,
    CanonReloadStatus status,
    BotMetrics metrics,
    TimeProvider clock,
    ILogger<CanonReloadService> logger) : IHostedService, IDisposable
{
    // Editors write a file in several steps; wait for the burst to settle before reading.
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    private readonly Lock _gate = new();
    private FileSystemWatcher? _watcher;
    private Timer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = options.Value.FullPath;
        try
        {
            var canon = CanonLoader.Load(directory);
            holder.Swap(canon);
            ReleaseLoadGarbage();
            Log.Loaded(logger, canon.Name, canon.Version, canon.Fingerprint, canon.Profiles.Count, canon.Warnings.Count, directory);
        }
        catch (CanonLoadException ex)
        {
            foreach (var error in ex.Errors)
            {
                Log.CanonError(logger, error.File, error.Line, error.Problem);
            }

            throw;
        }

        if (options.Value.Watch)
        {
            _timer = new Timer(_ => Reload(directory));
            _watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            _watcher.Changed += (_, _) => Schedule();
            _watcher.Created += (_, _) => Schedule();
            _watcher.Deleted += (_, _) => Schedule();
            _watcher.Renamed += (_, _) => Schedule();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _watcher?.Dispose();
        _watcher = null;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _timer?.Dispose();
    }

    // Loading reads every canon file into YAML nodes that are garbage once the snapshot is built: for a large canon,
    // several times the snapshot's own size. A load is rare, so hand that memory back to the system at once.
    private static void ReleaseLoadGarbage() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    private void Schedule() => _timer?.Change(Debounce, Timeout.InfiniteTimeSpan);

    private void Reload(string directory)
    {
        lock (_gate)
        {
            try
            {
                var canon = CanonLoader.Load(directory);
                if (canon.Fingerprint == holder.Current.Fingerprint)
                {
                    return;
                }

                holder.Swap(canon);
                status.Accept();
                metrics.CanonReloaded(accepted: true);
                ReleaseLoadGarbage();
                Log.Reloaded(logger, canon.Version, canon.Fingerprint, canon.Profiles.Count, canon.Warnings.Count);
            }
            catch (CanonLoadException ex)
            {
                foreach (var error in ex.Errors)
                {
                    Log.CanonError(logger, error.File, error.Line, error.Problem);
                }

                var first = ex.Errors.FirstOrDefault();
                status.Refuse(clock.GetUtcNow(), ex.Errors.Count, first is null ? ex.Message : $"{first.File}:{first.Line}: {first.Problem}");
                metrics.CanonReloaded(accepted: false);
                Log.KeptLastGood(logger, holder.Current.Fingerprint);
            }
            catch (IOException ex)
            {
                Log.ReloadIo(logger, ex.Message);
            }
        }
    }
}
