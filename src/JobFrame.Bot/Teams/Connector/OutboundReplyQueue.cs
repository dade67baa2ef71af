using System.Threading.Channels;
using JobFrame.Bot.Teams.Hosting;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Connector;

/// <summary>
/// Replies waiting to be posted. Bounded, and never waited on by the endpoint: the channel gets its HTTP 200
/// at once, and a full queue drops the newest replies rather than stalling every conversation.
/// </summary>
internal sealed class OutboundReplyQueue(IOptions<BotFrameworkOptions> options)
{
    private readonly Channel<OutboundReplies> _channel = Channel.CreateBounded<OutboundReplies>(
        new BoundedChannelOptions(options.Value.OutboundQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });

    public ChannelReader<OutboundReplies> Reader => _channel.Reader;

    /// <summary>False when the queue is full and the replies were not taken.</summary>
    public bool TryEnqueue(OutboundReplies replies) => _channel.Writer.TryWrite(replies);
}
