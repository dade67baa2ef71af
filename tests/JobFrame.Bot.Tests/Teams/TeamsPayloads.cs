using System.Text.Json.Nodes;
using JobFrame.Tests.Shared;

namespace JobFrame.Bot.Tests.Teams;

/// <summary>
/// Activities as Teams sends them (Payloads/*.json), re-addressed per test: the stand-in connector's
/// serviceUrl and a conversation id of the test's own, so tests never see each other's replies.
/// </summary>
internal static class TeamsPayloads
{
    public const string PersonalMessage = "personal-message";
    public const string PersonalMessageQuotedReply = "personal-message-quoted-reply";
    public const string ChannelMessageWithMention = "channel-message-with-mention";
    public const string ActionSubmit = "action-submit";
    public const string AdaptiveCardActionInvoke = "adaptive-card-action-invoke";
    public const string ConversationUpdateBotAdded = "conversation-update-bot-added";
    public const string ComposeExtensionQuery = "compose-extension-query";
    public const string ComposeExtensionSelectItem = "compose-extension-select-item";

    // Read from the source tree, so the payloads stay plain files a reviewer can open next to the tests.
    private static readonly string PayloadFolder = Path.Combine(RepositoryRoot.Folder, "tests", "JobFrame.Bot.Tests", "Teams", "Payloads");

    public static JsonObject Load(string name, string serviceUrl, string conversationId)
    {
        var path = Path.Combine(PayloadFolder, name + ".json");
        var activity = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        activity["serviceUrl"] = serviceUrl;
        activity["conversation"]!["id"] = conversationId;
        return activity;
    }
}
