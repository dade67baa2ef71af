namespace JobFrame.Bot.Teams.Schema;

/// <summary>The content of a file info attachment: the uploaded file, as Teams shows it in the chat.</summary>
public sealed class FileInfoCard
{
    /// <summary>The attachment content type of a file info card.</summary>
    public const string ContentType = "application/vnd.microsoft.teams.card.file.info";

    public string? UniqueId { get; init; }

    public string? FileType { get; init; }
}
