using System.Text.Json;
using System.Threading.Channels;
using JobFrame.Engine.Answers;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Canon;

/// <summary>
/// Appends unresolved questions to a JSON-lines file. <see cref="Record"/> only queues (the request path does no
/// I/O); a background loop writes. When the queue is full the oldest entry is dropped: this log informs curation, it
/// must never slow an answer down.
/// </summary>
public sealed class UnresolvedQueryFileLog(IOptions<UnresolvedLogOptions> options, ILogger<UnresolvedQueryFileLog> logger)
    : BackgroundService, IUnresolvedQueryLog
{
    private readonly Channel<UnresolvedQuery> _queue = Channel.CreateBounded<UnresolvedQuery>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Record(UnresolvedQuery query) => _queue.Writer.TryWrite(query);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var path = Path.GetFullPath(options.Value.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
                while (_queue.Reader.TryRead(out var query))
                {
                    await JsonSerializer.SerializeAsync(file, query, UnresolvedQueryJsonContext.Default.UnresolvedQuery, stoppingToken);
                    file.WriteByte((byte)'\n');
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (IOException ex)
        {
            Log.UnresolvedLogWriteFailed(logger, path, ex.Message);
        }
    }
}
