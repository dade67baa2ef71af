using System.Text.Json;
using JobFrame.Bot.Http;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Cards.Actions;
using JobFrame.Cards.AdaptiveCards;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Canon;
using JobFrame.Engine.Commands;
using JobFrame.Engine.Rendering;

namespace JobFrame.Bot.Teams.Handlers;

/// <summary>
/// The "Find a level" message extension: a title typed in any chat's compose box resolves through the engine, and
/// each confident match or needs-review candidate becomes a result whose card (the level card, with a goals button)
/// can be dropped into the conversation. The cards use Action.Execute, so their buttons reach the bot even in chats
/// it was never added to. Answered synchronously, from memory, well within Teams' five seconds.
/// </summary>
internal sealed class MessageExtensionSearch(JobFrameEngine engine)
{
    /// <summary>The search command's id and its one parameter, as in manifests/teams/manifest.json.</summary>
    public const string CommandId = "findLevel";
    public const string TitleParameter = "title";

    /// <summary>Teams shows at most this many results at once.</summary>
    public const int MaxResults = 10;

    private static readonly CardRenderOptions ExecuteActions = new(BotActionKind.Execute);

    public InvokeResponse OnQuery(Activity activity)
    {
        var query = activity.Value is { ValueKind: JsonValueKind.Object } value
            ? value.Deserialize(BotFrameworkJsonContext.Default.MessagingExtensionQuery)
            : null;
        var text = query?.TextOf(TitleParameter)?.Trim();
        var skip = Math.Max(0, query?.QueryOptions?.Skip ?? 0);
        var count = Math.Clamp(query?.QueryOptions?.Count ?? MaxResults, 1, MaxResults);

        // No text (the search opened, or "initialRun"): list what the canon covers.
        if (string.IsNullOrWhiteSpace(text) || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase))
        {
            return Results(engine.Canon.Profiles.Skip(skip).Take(count).Select(LevelResult));
        }

        var answer = engine.Respond(new ChatCommand(CommandIntent.Level, text));
        return answer switch
        {
            LevelAnswer level => Results(new[] { Result(level, level.Profile) }.Skip(skip).Take(count)),
            NeedsReviewAnswer review => Results(review.Candidates.Select(c => c.Profile).Skip(skip).Take(count).Select(LevelResult)),
            _ => Message(PlainTextRenderer.Render(answer)),
        };
    }

    /// <summary>A tap on a result's preview: the full card of that profile.</summary>
    public InvokeResponse OnSelectItem(Activity activity)
    {
        var item = activity.Value is { ValueKind: JsonValueKind.Object } value
            ? value.Deserialize(BotFrameworkJsonContext.Default.SelectedItem)
            : null;
        var profile = item?.ProfileCode is { } code ? engine.Canon.FindProfile(code) : null;
        return profile is null
            ? Message(PlainTextRenderer.Render(engine.Act(new ActionRequest(ActionVerb.Help))))
            : Results([LevelResult(profile)]);
    }

    private MessagingExtensionAttachment LevelResult(Profile profile) =>
        Result(engine.Act(new ActionRequest(ActionVerb.Level, profile.Code)), profile);

    private static MessagingExtensionAttachment Result(Answer answer, Profile? profile)
    {
        var card = AdaptiveCardRenderer.Render(answer, ExecuteActions);
        var level = (answer as LevelAnswer)?.Level ?? profile?.Level;
        var preview = new ThumbnailCard
        {
            Title = profile?.Title ?? level?.DisplayName,
            Subtitle = profile is null ? null : $"{profile.Code} — {profile.Level.Name}",
            Text = profile is null ? null : $"{profile.Function} · {profile.Focus}",
            Tap = profile is null ? null : new ThumbnailCardAction
            {
                Type = ThumbnailCardAction.InvokeType,
                Value = JsonSerializer.SerializeToElement(new SelectedItem { ProfileCode = profile.Code }, BotFrameworkJsonContext.Default.SelectedItem),
            },
        };
        return new MessagingExtensionAttachment
        {
            ContentType = AdaptiveCardAttachment.ContentType,
            Content = JsonPayload.From(card, AdaptiveCardJsonContext.Default.AdaptiveCard),
            Preview = new Attachment
            {
                ContentType = ThumbnailCard.ContentType,
                Content = JsonPayload.From(preview, BotFrameworkJsonContext.Default.ThumbnailCard),
            },
        };
    }

    private static InvokeResponse Results(IEnumerable<MessagingExtensionAttachment> attachments) => Body(new MessagingExtensionResult
    {
        Type = MessagingExtensionResult.ResultType,
        AttachmentLayout = MessagingExtensionResult.ListLayout,
        Attachments = attachments.ToList(),
    });

    private static InvokeResponse Message(string text) => Body(new MessagingExtensionResult
    {
        Type = MessagingExtensionResult.MessageType,
        Text = text,
    });

    private static InvokeResponse Body(MessagingExtensionResult result) => new()
    {
        Body = JsonPayload.From(
            new MessagingExtensionResponse { ComposeExtension = result }, BotFrameworkJsonContext.Default.MessagingExtensionResponse),
    };
}
