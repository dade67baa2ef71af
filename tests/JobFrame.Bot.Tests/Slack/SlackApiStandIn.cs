using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace JobFrame.Bot.Tests.Slack;

/// <summary>
/// A local stand-in for slack.com: a Kestrel app on 127.0.0.1 that answers the Web API methods, the upload
/// address and response URLs the way Slack does, and records every call in order.
/// </summary>
internal sealed class SlackApiStandIn : IAsyncDisposable
{
    /// <summary>The bot's direct message with the user, as conversations.open answers it.</summary>
    public const string DirectMessageChannel = "D069C7QFK";

    // Fails a broken test instead of hanging the run; it says nothing about how fast anything must be.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly WebApplication _app;
    private readonly Channel<StandInCall> _arrivals = Channel.CreateUnbounded<StandInCall>();
    private readonly ConcurrentQueue<StandInCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<StandInReply>> _scripts = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _hung = new();

    private SlackApiStandIn(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public Uri ApiBaseUrl => new(BaseUrl, "api/");

    public Uri ResponseUrl => new(BaseUrl, "response/T0001/1234567890");

    public IReadOnlyList<StandInCall> Calls => [.. _calls];

    public static async Task<SlackApiStandIn> StartAsync()
    {
        var standIn = new SlackApiStandIn(LoopbackApp.Create());
        standIn.MapRoutes();
        await standIn._app.StartAsync();
        standIn.BaseUrl = new Uri(LoopbackApp.Address(standIn._app));
        return standIn;
    }

    /// <summary>Makes the next call to <paramref name="path"/> (such as <c>api/chat.postMessage</c>) answer with <paramref name="reply"/>.</summary>
    public void ScriptNext(string path, StandInReply reply) =>
        _scripts.GetOrAdd(path, _ => new ConcurrentQueue<StandInReply>()).Enqueue(reply);

    /// <summary>
    /// Calls to <paramref name="path"/> whose JSON body names <paramref name="channel"/> get no answer until the caller
    /// gives up or the stand-in is disposed: a Web API call that hangs.
    /// </summary>
    public void HangFor(string path, string channel) => _hung[path + "|" + channel] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The next call to arrive, in arrival order.</summary>
    public async Task<StandInCall> NextCallAsync() => await _arrivals.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);

    public IReadOnlyList<StandInCall> CallsTo(string path) => [.. _calls.Where(c => c.Path == path)];

    public async ValueTask DisposeAsync()
    {
        foreach (var hang in _hung.Values)
        {
            hang.TrySetResult();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void MapRoutes()
    {
        _app.MapPost("/api/{method}", (HttpContext context, string method) => AnswerAsync(context, "api/" + method, () => DefaultApiReply(method)));
        _app.MapPost("/upload/{fileId}", (HttpContext context, string fileId) => AnswerAsync(context, "upload/" + fileId, null));
        _app.MapPost("/response/{team}/{id}", (HttpContext context, string team, string id) => AnswerAsync(context, $"response/{team}/{id}", null));
    }

    private async Task AnswerAsync(HttpContext context, string path, Func<JsonObject>? defaultReply)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var call = new StandInCall(
            path, context.Request.Headers.Authorization.ToString(), context.Request.ContentType, body.ToArray(),
            context.Request.ContentLength, context.Request.Headers.TransferEncoding.ToString().Contains("chunked", StringComparison.OrdinalIgnoreCase));
        _calls.Enqueue(call);
        _arrivals.Writer.TryWrite(call);
        if (!_hung.IsEmpty && context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true
            && _hung.TryGetValue(path + "|" + (string?)call.Json["channel"], out var hang))
        {
            // Hold the call until the bot abandons it (its attempt timeout) or the stand-in stops.
            await hang.Task.WaitAsync(context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        if (_scripts.TryGetValue(path, out var script) && script.TryDequeue(out var reply))
        {
            context.Response.StatusCode = reply.Status;
            if (reply.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await context.Response.WriteAsJsonAsync(reply.Body);
            return;
        }

        if (defaultReply is null)
        {
            // Upload addresses and response URLs answer plain text, as Slack's do.
            await context.Response.WriteAsync("ok");
            return;
        }

        await context.Response.WriteAsJsonAsync(defaultReply());
    }

    private JsonObject DefaultApiReply(string method) => method switch
    {
        "chat.postMessage" => new JsonObject { ["ok"] = true, ["channel"] = "C2147483705", ["ts"] = "1700000100.000100" },
        "views.open" or "views.update" => new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V0123456789" } },
        "files.getUploadURLExternal" => new JsonObject
        {
            ["ok"] = true,
            ["upload_url"] = new Uri(BaseUrl, "upload/F0123456789").ToString(),
            ["file_id"] = "F0123456789",
        },
        "conversations.open" => new JsonObject
        {
            ["ok"] = true,
            ["channel"] = new JsonObject { ["id"] = DirectMessageChannel },
        },
        "files.completeUploadExternal" => new JsonObject
        {
            ["ok"] = true,
            ["files"] = new JsonArray { new JsonObject { ["id"] = "F0123456789", ["title"] = "Goals" } },
        },
        _ => new JsonObject { ["ok"] = false, ["error"] = "unknown_method" },
    };
}
