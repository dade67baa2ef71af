using System.Threading.Channels;
using JobFrame.Bot.Slack.Hosting;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Slack.WebApi;

/// <summary>A bounded channel between the endpoints (writers) and <see cref="SlackBackgroundWorker"/> (the reader).</summary>
internal sealed class SlackBackgroundQueue(IOptions<SlackOptions> options) : ISlackBackgroundQueue
{
    private readonly Channel<SlackWorkItem> _channel = Channel.CreateBounded<SlackWorkItem>(
        new BoundedChannelOptions(options.Value.EventQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });

    public ChannelReader<SlackWorkItem> Reader => _channel.Reader;

    public bool TryEnqueue(string name, Func<IServiceProvider, CancellationToken, Task> work, string? conversation = null) =>
        _channel.Writer.TryWrite(new SlackWorkItem(name, work, conversation));
}
