using JobFrame.Bot.Teams.Schema;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;

namespace JobFrame.Bot.Teams.Handlers;

/// <summary>
/// An export as a file to download, for Bot Framework Web Chat (the bot's own page): an attachment with the file's
/// name and its bytes inline as a <c>data:</c> URL, which Web Chat shows as a download link named after the file
/// (its file attachment keeps <c>data:</c> links and sets the <c>download</c> attribute). The bytes are the export's
/// exactly, as `jobframe goals ... --out` writes them. Teams itself has no use for such a URL; its files go through
/// the consent flow.
/// </summary>
internal static class DownloadableExport
{
    /// <summary>The longest <c>data:</c> URL a <see cref="Uri"/> holds; a longer export falls back to another form.</summary>
    private const int MaxUrlLength = 65_000;

    /// <summary>True for Web Chat conversations (channel id <c>webchat</c>).</summary>
    public static bool Serves(Activity inbound) => string.Equals(inbound.ChannelId, "webchat", StringComparison.Ordinal);

    /// <summary>The reply carrying the file, or null when it is too large to travel inline.</summary>
    public static Activity? Reply(Activity inbound, ExportAnswer export, byte[] bytes)
    {
        var mediaType = export.Format.MediaType().Split(';')[0];
        var url = "data:" + mediaType + ";base64," + Convert.ToBase64String(bytes);
        if (url.Length > MaxUrlLength)
        {
            return null;
        }

        return inbound.CreateReply(
            TeamsBotWords.DownloadReady,
            summary: export.FileName,
            attachments: [new Attachment { ContentType = mediaType, ContentUrl = new Uri(url), Name = export.FileName }]);
    }
}
