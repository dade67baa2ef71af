using JobFrame.Bot.Slack.Schema;
using System.Collections.Concurrent;
using System.Threading.Channels;

namespace JobFrame.Bot.Tests.Slack;

/// <summary>What the stand-in handler was asked to do, shared between the host and the test.</summary>
internal sealed class HandlerJournal
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly Channel<SlackEvent> _handledEvents = Channel.CreateUnbounded<SlackEvent>();
    private readonly Channel<SlackEvent> _startedEvents = Channel.CreateUnbounded<SlackEvent>();

    public ConcurrentQueue<SlashCommand> Commands { get; } = new();

    public ConcurrentQueue<SlackEvent> MessageEvents { get; } = new();

    public ConcurrentQueue<SlackInteractionPayload> Interactions { get; } = new();

    public int TotalCalls => Commands.Count + MessageEvents.Count + Interactions.Count;

    /// <summary>When set, message events wait for it before replying, so a test can hold the worker.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public void EventStarted(SlackEvent message) => _startedEvents.Writer.TryWrite(message);

    /// <summary>The next message event whose handling has begun.</summary>
    public async Task<SlackEvent> NextStartedEventAsync() => await _startedEvents.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);

    public void EventHandled(SlackEvent message) => _handledEvents.Writer.TryWrite(message);

    /// <summary>The next message event whose handling has finished, in handling order.</summary>
    public async Task<SlackEvent> NextHandledEventAsync() => await _handledEvents.Reader.ReadAsync().AsTask().WaitAsync(HangGuard);
}
