using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using JobFrame.Bot.Slack.Hosting;
using JobFrame.Bot.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Slack.SocketMode;

/// <summary>
/// The Socket Mode connection: with <c>Slack:AppToken</c> set, asks Slack for a connection address
/// (<c>apps.connections.open</c>), connects to it, waits for <c>hello</c>, hands every envelope to the same handlers as
/// the HTTP request URLs (<see cref="SocketModeDispatcher"/>) and acknowledges it by its envelope id. It opens a new
/// connection when Slack sends <c>disconnect</c> and when the connection drops, at once the first time and then after
/// growing pauses (1 s, 2 s, 4 s … up to <see cref="SlackSocketModeOptions.MaxReconnectDelaySeconds"/>), until the host stops.
/// </summary>
/// <remarks>See https://docs.slack.dev/apis/events-api/using-socket-mode/.</remarks>
internal sealed class SlackSocketModeService(
    SocketModeConnector connector,
    SocketModeDispatcher dispatcher,
    IOptions<SlackSocketModeOptions> options,
    IOptions<SlackOptions> slack,
    ILogger<SlackSocketModeService> logger) : BackgroundService
{
    // Slack pings every few seconds; a connection that stops answering ours is taken as dropped.
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    // Acknowledgements still on their way when a connection is replaced get this long to be sent on it.
    private static readonly TimeSpan InFlightGrace = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _concurrency = new(options.Value.MaxConcurrentEnvelopes, options.Value.MaxConcurrentEnvelopes);

    private enum Ending
    {
        /// <summary>Slack asked for a new connection (disconnect: warning, refresh_requested).</summary>
        Refresh,

        /// <summary>Socket Mode is turned off in the app's settings (disconnect: link_disabled).</summary>
        LinkDisabled,

        /// <summary>The connection closed or failed without a disconnect message, or could not be opened.</summary>
        Dropped,
    }

    public override void Dispose()
    {
        _concurrency.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled)
        {
            return;
        }

        Log.Enabled(logger);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            Ending ending;
            string problem;
            var connected = false;
            try
            {
                var address = await connector.OpenAsync(stoppingToken);
                (ending, problem, connected) = await RunConnectionAsync(address, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (SlackApiException ex)
            {
                Log.OpenFailed(logger, ex.Error);
                (ending, problem) = (Ending.Dropped, ex.Error);
            }
            catch (Exception ex) when (ex is HttpRequestException or WebSocketException or JsonException or OperationCanceledException)
            {
                (ending, problem) = (Ending.Dropped, ex.GetType().Name);
            }

            failures = connected ? 0 : failures;
            switch (ending)
            {
                case Ending.Refresh:
                    failures = 0;
                    continue;
                case Ending.LinkDisabled:
                    Log.LinkDisabled(logger, options.Value.MaxReconnectDelaySeconds);
                    await Task.Delay(TimeSpan.FromSeconds(options.Value.MaxReconnectDelaySeconds), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    continue;
                default:
                    failures++;
                    var delay = ReconnectDelay(failures);
                    Log.ConnectionLost(logger, problem, (long)delay.TotalMilliseconds, failures);
                    await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    continue;
            }
        }
    }

    /// <summary>No pause after a first failure; then 1 s, 2 s, 4 s … up to the configured longest, with a little jitter.</summary>
    private TimeSpan ReconnectDelay(int failures)
    {
        if (failures <= 1)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Min(options.Value.MaxReconnectDelaySeconds, Math.Pow(2, Math.Min(failures - 2, 10)));
        return TimeSpan.FromSeconds(seconds * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }

    private async Task<(Ending Ending, string Problem, bool Connected)> RunConnectionAsync(Uri address, CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = KeepAlive;
        socket.Options.KeepAliveTimeout = KeepAlive;
        await socket.ConnectAsync(address, stoppingToken);

        using var sendLock = new SemaphoreSlim(1, 1);
        var inFlight = new List<Task>();
        var connected = false;
        try
        {
            while (true)
            {
                var message = await ReceiveAsync(socket, stoppingToken);
                if (message is null)
                {
                    return (Ending.Dropped, "closed by the other side", connected);
                }

                var envelope = Parse(message);
                switch (envelope?.Type)
                {
                    case SocketModeEnvelope.HelloType:
                        connected = true;
                        Log.Connected(logger, envelope.NumConnections ?? 1);
                        break;
                    case SocketModeEnvelope.DisconnectType:
                        var reason = envelope.Reason ?? "no reason given";
                        if (reason == SocketModeEnvelope.LinkDisabledReason)
                        {
                            return (Ending.LinkDisabled, reason, connected);
                        }

                        Log.DisconnectRequested(logger, reason);
                        return (Ending.Refresh, reason, connected);
                    case SocketModeEnvelope.EventsApiType or SocketModeEnvelope.SlashCommandsType or SocketModeEnvelope.InteractiveType
                        when !string.IsNullOrEmpty(envelope.EnvelopeId):
                        inFlight.RemoveAll(t => t.IsCompleted);
                        inFlight.Add(HandleAsync(envelope, socket, sendLock, stoppingToken));
                        break;
                    default:
                        Log.MessageIgnored(logger, envelope is null ? "not a Socket Mode message" : "type " + envelope.Type);
                        break;
                }
            }
        }
        finally
        {
            await Task.WhenAll(inFlight).WaitAsync(InFlightGrace, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            socket.Abort();
        }
    }

    private async Task HandleAsync(SocketModeEnvelope envelope, ClientWebSocket socket, SemaphoreSlim sendLock, CancellationToken ct)
    {
        await _concurrency.WaitAsync(ct);
        try
        {
            var acknowledgement = await dispatcher.DispatchAsync(envelope, ct);
            if (acknowledgement is null)
            {
                Log.NotAcknowledged(logger, envelope.EnvelopeId!);
                return;
            }

            var bytes = JsonSerializer.SerializeToUtf8Bytes(acknowledgement, SocketModeJsonContext.Default.SocketModeAcknowledgement);
            await sendLock.WaitAsync(ct);
            try
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct);
            }
            finally
            {
                sendLock.Release();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The host is stopping: Slack sends an envelope that was not acknowledged again.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One failed envelope must not take the connection down; unacknowledged, Slack sends it again.
            Log.EnvelopeFailed(logger, ex, envelope.EnvelopeId!, envelope.Type);
        }
        finally
        {
            _concurrency.Release();
        }
    }

    /// <summary>One whole text message, or null when the connection closed. A message beyond the size limit is skipped.</summary>
    private async Task<byte[]?> ReceiveAsync(ClientWebSocket socket, CancellationToken ct)
    {
        var limit = slack.Value.MaxRequestBodyBytes;
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                var tooLarge = false;
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await socket.ReceiveAsync(chunk.AsMemory(), ct);
                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return null;
                    }

                    tooLarge |= message.Length + received.Count > limit;
                    if (!tooLarge)
                    {
                        message.Write(chunk, 0, received.Count);
                    }
                }
                while (!received.EndOfMessage);

                if (tooLarge)
                {
                    Log.MessageIgnored(logger, $"larger than {limit} bytes");
                    continue;
                }

                return message.ToArray();
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static SocketModeEnvelope? Parse(byte[] message)
    {
        try
        {
            return JsonSerializer.Deserialize(message, SocketModeJsonContext.Default.SocketModeEnvelope);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
