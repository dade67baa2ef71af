namespace JobFrame.Bot.Teams.Schema;

/// <summary>Where Teams wants the accepted file: an upload URL for the bytes, and what the file is called and where it ends up.</summary>
public sealed class FileUploadInfo
{
    public string? Name { get; init; }

    /// <summary>The upload session URL; the bytes go there with a PUT and a Content-Range header.</summary>
    public string? UploadUrl { get; init; }

    /// <summary>The file's address once uploaded, shown in the file info card.</summary>
    public string? ContentUrl { get; init; }

    public string? UniqueId { get; init; }

    public string? FileType { get; init; }
}
