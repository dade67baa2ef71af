namespace JobFrame.Bot.Teams.Handlers;

/// <summary>The Teams face's own fixed sentences: about delivery and mishaps, never about the canon.</summary>
internal static class TeamsBotWords
{
    public const string SomethingWentWrong =
        "Sorry, something went wrong on my side while answering that. Please try again, or type help to see what I can do.";

    public const string FileDeclined = "OK, I won't save the file. The export buttons are still on the card if you change your mind.";

    public const string FileNotSaved = "Sorry, I couldn't save the file to your OneDrive. Please try the export again.";

    public const string FileOffered = "Your export is ready: accept the file card in this chat to save it to your OneDrive.";

    public const string ExportPosted = "Your export is posted in this conversation.";

    public const string ExportNotPostedTooLarge =
        "I couldn't post the export in this conversation, and it is too large to show on this card. "
        + "Export one frame at a time, or ask me in a personal chat, where I can send it as a file.";

    public const string AnswerTooLarge =
        "That answer is too large for one Teams message. Export one frame at a time, or ask me in a personal chat, "
        + "where I can send the export as a file.";

    public const string DownloadReady = "Your export is ready to download:";

    public const string ExportAsText = "Your export, exactly as the file holds it. Copy it into a file named";

    /// <summary>The consent card's description: a fixed phrase around the profile's canon header line.</summary>
    public static string FileDescription(string profileHeaderLine) => "JobFrame goal frames export — " + profileHeaderLine;
}
