using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace JobFrame.Bot.Tests.Slack.SocketMode;

/// <summary>
/// A local stand-in for Slack's Socket Mode side: a Kestrel app on 127.0.0.1 that accepts WebSocket connections at
/// <c>/link/{n}</c> (the addresses apps.connections.open hands out), greets each with <c>hello</c> as Slack does, and
/// gives each connection to the test as a <see cref="SocketLink"/> to send envelopes and read acknowledgements on.
/// </summary>
internal sealed class SlackSocketStandIn : IAsyncDisposable
{
    // Fails a broken test instead of hanging the run; it says nothing about how fast anything must be.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly WebApplication _app;
    private readonly Channel<SocketLink> _links = Channel.CreateUnbounded<SocketLink>();
    private readonly List<SocketLink> _all = [];

    private SlackSocketStandIn(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = new("ws://127.0.0.1/");

    public static async Task<SlackSocketStandIn> StartAsync()
    {
        var standIn = new SlackSocketStandIn(LoopbackApp.Create());
        standIn._app.UseWebSockets();
        standIn._app.Map("/link/{number:int}", standIn.AcceptAsync);
        await standIn._app.StartAsync();
        standIn.BaseUrl = new Uri(LoopbackApp.Address(standIn._app).Replace("http://", "ws://", StringComparison.Ordinal));
        return standIn;
    }

    /// <summary>The WebSocket address of connection <paramref name="number"/>, as apps.connections.open answers it.</summary>
    public Uri LinkUrl(int number) => new(BaseUrl, $"link/{number}?ticket=0b1c2d3e-{number}&app_id=A123ABC456");

    /// <summary>The next connection the bot opened, already greeted with hello.</summary>
    public async Task<SocketLink> NextLinkAsync() => await _links.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);

    public async ValueTask DisposeAsync()
    {
        foreach (var link in _all)
        {
            link.Drop();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task AcceptAsync(HttpContext context, int number)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var link = new SocketLink(number, socket);
        lock (_all)
        {
            _all.Add(link);
        }

        await link.SendHelloAsync();
        _links.Writer.TryWrite(link);
        await link.Closed;
    }
}
