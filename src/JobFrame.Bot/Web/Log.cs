namespace JobFrame.Bot.Web;

/// <summary>The web face's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Open {Address} to chat with the bot")]
    public static partial void WebChatAvailable(ILogger logger, string address);
}
