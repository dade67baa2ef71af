namespace JobFrame.Bot.Slack.WebApi;

/// <summary>A Web API call that Slack refused (<c>ok: false</c>) or that failed at the HTTP level.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException(string method, string error)
        : base($"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
    }

    public SlackApiException(string method, string error, Exception innerException)
        : base($"Slack {method} failed: {error}", innerException)
    {
        Method = method;
        Error = error;
    }

    public SlackApiException()
    {
        Method = "";
        Error = "";
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "";
        Error = "";
    }

    /// <summary>The Web API method, such as <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    /// <summary>Slack's error code, such as <c>channel_not_found</c>, or <c>http_500</c>.</summary>
    public string Error { get; }
}
