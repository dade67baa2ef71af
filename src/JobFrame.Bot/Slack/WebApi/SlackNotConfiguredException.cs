namespace JobFrame.Bot.Slack.WebApi;

/// <summary>A Web API feature was used while <c>Slack:BotToken</c> is not set.</summary>
public sealed class SlackNotConfiguredException : InvalidOperationException
{
    public SlackNotConfiguredException()
        : base("Slack:BotToken is not set, so the bot cannot call the Slack Web API (replies in threads, modals, files).")
    {
    }

    public SlackNotConfiguredException(string message)
        : base(message)
    {
    }

    public SlackNotConfiguredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
