using System.Text.Json;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;

namespace JobFrame.Bot.Teams.Bot;

/// <summary>
/// Delivers exports as files where Teams allows a bot to send them (personal chats), through the file consent flow:
/// a consent card whose context says what to export, then on accept the bytes PUT to the upload session and a file
/// info card posted. In channels and group chats, where a bot cannot send files, the export comes as preformatted
/// text (<see cref="PreformattedExport"/>) that keeps its spaces and lines; on Web Chat (the bot's own page) as a
/// file to download (<see cref="DownloadableExport"/>). All three carry the export's exact bytes.
/// </summary>
internal sealed class ExportDelivery(JobFrameEngine engine, ExportFileUploader uploader, InvokeFollowUps followUps)
{
    /// <summary>Teams lets bots send files only in personal chats, and only through the connector.</summary>
    public static bool CanSendFiles(Activity inbound) =>
        !inbound.ExpectsReplies
        && string.Equals(inbound.Conversation?.ConversationType, ConversationTypes.Personal, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The reply to an export: a download on Web Chat, the file consent card in a personal chat, preformatted text in
    /// channels and group chats; the export card only when none of these can hold it.
    /// </summary>
    public static Activity Offer(Activity inbound, ExportAnswer export, CardActionData request)
    {
        var bytes = GoalFramesExport.Encode(export.Content, export.Format);
        if (DownloadableExport.Serves(inbound) && DownloadableExport.Reply(inbound, export, bytes) is { } download)
        {
            return download;
        }

        if (!CanSendFiles(inbound) || bytes.Length > ExportFileUploader.MaxFileBytes)
        {
            return PreformattedExport.Reply(inbound, export) ?? AnswerActivities.CardReply(inbound, export);
        }

        var context = JsonSerializer.SerializeToElement(ContextOf(request), AdaptiveCardJsonContext.Default.CardActionData);
        var consent = new FileConsentCard
        {
            Description = TeamsBotWords.FileDescription(export.Profile.HeaderLine),
            SizeInBytes = bytes.Length,
            AcceptContext = context,
            DeclineContext = context,
        };
        var reply = inbound.CreateReply();
        reply.Summary = export.FileName;
        reply.Attachments =
        [
            new Attachment
            {
                ContentType = FileConsentCard.ContentType,
                Name = export.FileName,
                Content = JsonPayload.From(consent, BotFrameworkJsonContext.Default.FileConsentCard),
            },
        ];
        return reply;
    }

    /// <summary>
    /// Answers <c>fileConsent/invoke</c>: on accept, the export is made again from the context and uploaded, then
    /// the file info card is posted; on decline, a short message. The invoke itself always gets an empty 200.
    /// </summary>
    public async Task<InvokeResponse> OnConsentAsync(Activity invoke, CancellationToken cancellationToken)
    {
        var consent = ReadConsent(invoke.Value);
        if (consent is null)
        {
            return InvokeResponse.Empty;
        }

        if (!string.Equals(consent.Action, FileConsentCardResponse.Accept, StringComparison.OrdinalIgnoreCase))
        {
            followUps.TryPost(invoke, AnswerActivities.TextReply(invoke, TeamsBotWords.FileDeclined));
            return InvokeResponse.Empty;
        }

        var request = consent.Context is { } context ? CardActionPayload.FromSubmit(context) : null;
        var export = request is null ? null : CardActionReader.Answer(engine, request) as ExportAnswer;
        var upload = consent.UploadInfo;
        var uploaded = export is not null && upload is not null
            && await uploader.UploadAsync(upload.UploadUrl, GoalFramesExport.Encode(export.Content, export.Format), cancellationToken);
        followUps.TryPost(invoke, uploaded ? FileInfoReply(invoke, upload!) : AnswerActivities.TextReply(invoke, TeamsBotWords.FileNotSaved));
        return InvokeResponse.Empty;
    }

    private static FileConsentCardResponse? ReadConsent(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } consent)
        {
            return null;
        }

        try
        {
            return consent.Deserialize(BotFrameworkJsonContext.Default.FileConsentCardResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Activity FileInfoReply(Activity invoke, FileUploadInfo upload)
    {
        var reply = invoke.CreateReply();
        reply.Summary = upload.Name;
        reply.Attachments =
        [
            new Attachment
            {
                ContentType = FileInfoCard.ContentType,
                Name = upload.Name,
                ContentUrl = Uri.TryCreate(upload.ContentUrl, UriKind.Absolute, out var contentUrl) ? contentUrl : null,
                Content = JsonPayload.From(
                    new FileInfoCard { UniqueId = upload.UniqueId, FileType = upload.FileType }, BotFrameworkJsonContext.Default.FileInfoCard),
            },
        ];
        return reply;
    }

    /// <summary>What the consent card carries: the export request and the filled-in values, nothing else the client sent.</summary>
    private static CardActionData ContextOf(CardActionData request)
    {
        var context = new CardActionData
        {
            Verb = CardVerbs.Export,
            ProfileCode = request.ProfileCode,
            Frame = request.Frame,
            Format = request.Format,
        };
        foreach (var (key, value) in request.Values)
        {
            if (value.ValueKind == JsonValueKind.String && key.Contains('.', StringComparison.Ordinal))
            {
                context.Values[key] = value;
            }
        }

        return context;
    }
}
