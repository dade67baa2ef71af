using System.Text.Json;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>
/// Asks a user in a personal chat for permission to save a file to their OneDrive
/// (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4). Teams answers with a
/// <c>fileConsent/invoke</c> carrying <see cref="AcceptContext"/> or <see cref="DeclineContext"/> back unchanged.
/// </summary>
public sealed class FileConsentCard
{
    /// <summary>The attachment content type of a file consent card.</summary>
    public const string ContentType = "application/vnd.microsoft.teams.card.file.consent";

    public required string Description { get; init; }

    public required long SizeInBytes { get; init; }

    /// <summary>Returned in the invoke when the user accepts: everything needed to produce the file again.</summary>
    public JsonElement? AcceptContext { get; init; }

    /// <summary>Returned in the invoke when the user declines.</summary>
    public JsonElement? DeclineContext { get; init; }
}
