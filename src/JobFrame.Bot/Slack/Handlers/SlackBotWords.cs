namespace JobFrame.Bot.Slack.Handlers;

/// <summary>The fixed sentences the Slack bot says around the engine's answers. None of them echoes user text.</summary>
internal static class SlackBotWords
{
    public const string ProductName = "JobFrame";

    public const string Close = "Close";

    public const string ShareInChannel = "Share in channel";

    public const string BotTokenMissing =
        "That needs the Slack bot token, which is not configured on the JobFrame host (Slack:BotToken). "
        + "Slash commands still answer; replies to mentions and messages, the fill-in form and file exports need the token.";

    public const string CouldNotAnswer = "Sorry, I could not answer that. Try `/jobframe help` to see what I can do.";

    public const string CouldNotDeliver = "Sorry, Slack would not let me post that here. Try `/jobframe` in this conversation instead.";

    public const string SentPrivately =
        "I sent the file to you in a direct message: it stays private until you share it.";

    public const string LookUpTitle = "Look up a level";

    public const string LookUp = "Look up";

    public const string TitleLabel = "Job title or level";

    public const string TitlePlaceholder = "e.g. Senior ML Engineer, or P3";

    public const string TitleMissing = "Type a job title or level, e.g. Senior ML Engineer.";

    public const string PostInLabel = "Post the answer in";

    public const string PostInHint = "Leave it empty to see the answer here, only you.";

    public static string PostedIn(string conversation) => $"Posted in <#{conversation}>.";

    public const string DateFormat = "Use a date like 2026-03-31.";

    public static string TooLong(int limit, int length) =>
        $"Keep this to {limit} characters or fewer (it has {length}).";
}
