using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace JobFrame.Bot.Tests.Slack.SocketMode;

/// <summary>One Socket Mode connection, seen from Slack's side: send envelopes and disconnects, read acknowledgements, drop it.</summary>
internal sealed class SocketLink(int number, WebSocket socket)
{
    // Fails a broken test instead of hanging the run; it says nothing about how fast the bot must be.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _envelopes;

    /// <summary>Which address of the stand-in the bot connected to (1 for the first).</summary>
    public int Number { get; } = number;

    /// <summary>Completes when the test ends the connection; the server side keeps it open until then.</summary>
    public Task Closed => _closed.Task;

    public Task SendHelloAsync() => SendAsync(new JsonObject
    {
        ["type"] = "hello",
        ["num_connections"] = 1,
        ["debug_info"] = new JsonObject { ["host"] = "applink-7fc4fdbb64-4x5lc", ["build_number"] = 118, ["approximate_connection_time"] = 18060 },
        ["connection_info"] = new JsonObject { ["app_id"] = "A123ABC456" },
    });

    /// <summary>Sends an envelope as Slack frames it and returns its envelope id.</summary>
    public async Task<string> SendEnvelopeAsync(string type, JsonObject payload, bool acceptsResponsePayload, int retryAttempt = 0)
    {
        var id = $"dbdd0ef3-1543-4f94-bfb4-{Number:D4}{Interlocked.Increment(ref _envelopes):D8}";
        var envelope = new JsonObject
        {
            ["envelope_id"] = id,
            ["payload"] = payload,
            ["type"] = type,
            ["accepts_response_payload"] = acceptsResponsePayload,
        };
        if (type == "events_api")
        {
            envelope["retry_attempt"] = retryAttempt;
            envelope["retry_reason"] = retryAttempt == 0 ? "" : "timeout";
        }

        await SendAsync(envelope);
        return id;
    }

    /// <summary>Slack's notice that it will close this connection soon.</summary>
    public Task SendDisconnectAsync(string reason) => SendAsync(new JsonObject
    {
        ["type"] = "disconnect",
        ["reason"] = reason,
        ["debug_info"] = new JsonObject { ["host"] = "applink-7fc4fdbb64-4x5lc" },
    });

    /// <summary>The next whole text message the bot sent on this connection.</summary>
    public async Task<JsonObject> ReceiveAsync()
    {
        using var guard = new CancellationTokenSource(HangGuard);
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, guard.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new InvalidOperationException("the bot closed the connection instead of sending a message");
            }

            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!.AsObject();
    }

    /// <summary>Ends the connection without a word, as a network failure would.</summary>
    public void Drop()
    {
        socket.Abort();
        _closed.TrySetResult();
    }

    private async Task SendAsync(JsonObject message) =>
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
}
