using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>
/// The "Look up a level" global shortcut's modal: a title input and a conversation picker; then, in the same modal,
/// the needs-review candidates as buttons or the answer itself. The chosen conversation travels in private_metadata.
/// </summary>
internal static class LookupModal
{
    /// <summary>The shortcut's callback id, as in manifests/slack/manifest.yml.</summary>
    public const string ShortcutCallbackId = "lookup_level";

    public const string AskCallbackId = "lookup";
    public const string ChooseCallbackId = "lookup.choose";
    public const string AnswerCallbackId = "lookup.answer";

    public const string TitleBlockId = "title";
    public const string TitleActionId = "title";
    public const string ConversationBlockId = "conversation";
    public const string ConversationActionId = "conversation";

    public const int MaxTitleLength = 200;

    public static ModalView Ask() => new()
    {
        CallbackId = AskCallbackId,
        Title = new PlainText(SlackBotWords.LookUpTitle),
        Submit = new PlainText(SlackBotWords.LookUp),
        Close = new PlainText(SlackBotWords.Close),
        Blocks =
        [
            new InputBlock
            {
                BlockId = TitleBlockId,
                Label = new PlainText(SlackBotWords.TitleLabel),
                Element = new PlainTextInputElement
                {
                    ActionId = TitleActionId,
                    Placeholder = new PlainText(SlackBotWords.TitlePlaceholder),
                    MaxLength = MaxTitleLength,
                },
            },
            new InputBlock
            {
                BlockId = ConversationBlockId,
                Label = new PlainText(SlackBotWords.PostInLabel),
                Hint = new PlainText(SlackBotWords.PostInHint),
                Optional = true,
                Element = new ConversationsSelectElement { ActionId = ConversationActionId, DefaultToCurrentConversation = true },
            },
        ],
    };

    /// <summary>"Which one did you mean?" in the modal; each candidate's button answers in place or posts.</summary>
    public static ModalView Candidates(NeedsReviewAnswer answer, string? conversation) => Showing(answer, ChooseCallbackId, conversation);

    /// <summary>The answer shown in the modal, only to the person who asked.</summary>
    public static ModalView Showing(Answer answer) => Showing(answer, AnswerCallbackId, null);

    /// <summary>A short confirmation in the modal after posting to a conversation.</summary>
    public static ModalView Posted(string conversation) => new()
    {
        CallbackId = AnswerCallbackId,
        Title = new PlainText(SlackBotWords.LookUpTitle),
        Close = new PlainText(SlackBotWords.Close),
        Blocks = [new SectionBlock { Text = new Mrkdwn(SlackBotWords.PostedIn(conversation)) }],
    };

    private static ModalView Showing(Answer answer, string callbackId, string? conversation)
    {
        var message = BlockKitRenderer.Render(answer);
        return new ModalView
        {
            CallbackId = callbackId,
            PrivateMetadata = conversation,
            Title = new PlainText(SlackBotWords.LookUpTitle),
            Close = new PlainText(SlackBotWords.Close),
            Blocks = [.. (message.Blocks ?? []).Take(SlackLimits.ModalBlocks)],
        };
    }
}
