using System.Text.Json;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>The <c>value</c> of a <c>fileConsent/invoke</c>: the user's choice, our context, and where to upload.</summary>
public sealed class FileConsentCardResponse
{
    public const string Accept = "accept";
    public const string Decline = "decline";

    /// <summary><see cref="Accept"/> or <see cref="Decline"/>.</summary>
    public string? Action { get; init; }

    /// <summary>The accept or decline context of the consent card, unchanged.</summary>
    public JsonElement? Context { get; init; }

    /// <summary>Present on accept: the OneDrive upload session Teams created.</summary>
    public FileUploadInfo? UploadInfo { get; init; }
}
