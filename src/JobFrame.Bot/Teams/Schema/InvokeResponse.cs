using JobFrame.Bot.Http;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>
/// The synchronous answer to an <c>invoke</c> activity: <see cref="Status"/> becomes the HTTP status
/// and <see cref="Body"/> the HTTP body. It is not itself serialised.
/// </summary>
public sealed class InvokeResponse
{
    public int Status { get; init; } = 200;

    public JsonPayload? Body { get; init; }

    /// <summary>An empty 200, for invokes the bot acknowledges without content.</summary>
    public static InvokeResponse Empty { get; } = new();
}
