using System.Text.Json;
using JobFrame.Bot.Http;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Bot.Teams.Handlers;

/// <summary>
/// Delivers exports as files where Teams allows a bot to send them (personal chats), through the file consent flow:
/// a consent card whose context says what to export, then on accept the bytes PUT to the upload session and a file
/// info card posted. In channels and group chats, where a bot cannot send files, the export comes as preformatted
/// text (<see cref="PreformattedExport"/>) that keeps its spaces and lines; on Web Chat (the bot's own page) as a
/// file to download (<see cref="DownloadableExport"/>). All three carry the export's exact bytes.
/// </summary>
internal sealed class ExportDelivery(JobFrameEngine engine, ExportFileUploader uploader, InvokeFollowUps followUps)
{
    // Halving five times leaves a thirty-second of a frame per card; no allowed fill-in needs more.
    private const int MaxCuts = 5;

    /// <summary>Teams lets bots send files only in personal chats, and only through the connector.</summary>
    public static bool CanSendFiles(Activity inbound) =>
        !inbound.ExpectsReplies
        && string.Equals(inbound.Conversation?.ConversationType, ConversationTypes.Personal, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The replies to an export: a download on Web Chat, the file consent card in a personal chat, preformatted text in
    /// channels and group chats; export cards only when none of these can hold it: the whole export card, or, when it
    /// does not fit in one Teams message, one export card per frame, each cut at line ends into several cards if it
    /// still does not fit. No reply is ever over <see cref="ActivityJson.MaxUtf16Bytes"/>.
    /// </summary>
    public IReadOnlyList<Activity> Offer(Activity inbound, ExportAnswer export, CardActionData request)
    {
        var bytes = GoalFramesExport.Encode(export.Content, export.Format);
        if (DownloadableExport.Serves(inbound) && DownloadableExport.Reply(inbound, export, bytes) is { } download)
        {
            return [download];
        }

        if (!CanSendFiles(inbound) || bytes.Length > ExportFileUploader.MaxFileBytes)
        {
            return PreformattedExport.Reply(inbound, export) is { } preformatted ? [preformatted] : ExportCards(inbound, export, request);
        }

        var context = JsonSerializer.SerializeToElement(ContextOf(request, request.Frame), AdaptiveCardJsonContext.Default.CardActionData);
        var consent = new FileConsentCard
        {
            Description = TeamsBotWords.FileDescription(export.Profile.HeaderLine),
            SizeInBytes = bytes.Length,
            AcceptContext = context,
            DeclineContext = context,
        };
        return [FileCardReply(inbound, FileConsentCard.ContentType, export.FileName, JsonPayload.From(consent, BotFrameworkJsonContext.Default.FileConsentCard))];
    }

    private IReadOnlyList<Activity> ExportCards(Activity inbound, ExportAnswer export, CardActionData request)
    {
        if (AnswerActivities.FittingCardReply(inbound, export) is { } whole)
        {
            return [whole];
        }

        // Each frame's own export first, as a reader would split it; a frame still too large is cut at line ends.
        var frames = export.Frame is null && engine.Act(new ActionRequest(ActionVerb.Goals, export.Profile.Code)) is GoalsAnswer goals
            ? goals.Frames.Frames.Select(frame => frame.Kind.Key()).ToList()
            : [];
        var parts = frames
            .Select(frame => CardActionReader.Answer(engine, ContextOf(request, frame)))
            .OfType<ExportAnswer>()
            .DefaultIfEmpty(export);
        return [.. parts.SelectMany(part => CutToFit(inbound, part, depth: 0))];
    }

    /// <summary>The export card, or, when it is over the limit, its text halved at a line end until every card fits.</summary>
    private static IEnumerable<Activity> CutToFit(Activity inbound, ExportAnswer export, int depth)
    {
        if (AnswerActivities.FittingCardReply(inbound, export) is { } reply)
        {
            return [reply];
        }

        var lines = export.Content.Split('\n');
        if (lines.Length < 2 || depth >= MaxCuts)
        {
            return [AnswerActivities.TextReply(inbound, TeamsBotWords.AnswerTooLarge)];
        }

        var middle = lines.Length / 2;
        return CutToFit(inbound, export with { Content = string.Join('\n', lines[..middle]) }, depth + 1)
            .Concat(CutToFit(inbound, export with { Content = string.Join('\n', lines[middle..]) }, depth + 1));
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
            // Behaviour, not failure handling: a consent value of another shape is acknowledged with an empty 200.
            return null;
        }
    }

    private static Activity FileInfoReply(Activity invoke, FileUploadInfo upload) => FileCardReply(
        invoke,
        FileInfoCard.ContentType,
        upload.Name,
        JsonPayload.From(new FileInfoCard { UniqueId = upload.UniqueId, FileType = upload.FileType }, BotFrameworkJsonContext.Default.FileInfoCard),
        Uri.TryCreate(upload.ContentUrl, UriKind.Absolute, out var contentUrl) ? contentUrl : null);

    /// <summary>A reply carrying one file card (a consent card or a file info card) named after the file, which is also its summary.</summary>
    private static Activity FileCardReply(Activity inbound, string contentType, string? fileName, JsonPayload card, Uri? contentUrl = null) =>
        inbound.CreateReply(
            summary: fileName,
            attachments: [new Attachment { ContentType = contentType, Name = fileName, ContentUrl = contentUrl, Content = card }]);

    /// <summary>
    /// What the consent card carries, and what one frame's part of a split export is made from: the export request
    /// for <paramref name="frame"/> and the filled-in values, nothing else the client sent.
    /// </summary>
    private static CardActionData ContextOf(CardActionData request, string? frame)
    {
        var context = new CardActionData
        {
            Verb = CardVerbs.Export,
            ProfileCode = request.ProfileCode,
            Frame = frame,
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
