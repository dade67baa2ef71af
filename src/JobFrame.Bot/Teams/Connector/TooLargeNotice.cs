using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Teams.Connector;

/// <summary>
/// What the user is told when Teams still refuses a reply as too large (413 MessageSizeTooBig), for instance in a
/// tenant whose limit is smaller than the one the bot keeps to: a short sentence in the same place, pointing to the
/// export as a file, instead of a silent drop.
/// </summary>
internal static class TooLargeNotice
{
    public const string Text =
        "Teams refused to show that answer here because it is too large for one message. Use Export as Markdown or CSV "
        + "to get it as a file: in a personal chat with me it arrives as a file you can save.";

    /// <summary>The notice, addressed exactly as the refused reply was.</summary>
    public static Activity For(Activity refused) =>
        new Activity { Type = ActivityTypes.Message, Text = Text, TextFormat = "plain", Locale = refused.Locale }
            .WithAddress(refused.ServiceUrl, refused.ChannelId, refused.Conversation, refused.ReplyToId, refused.From, refused.Recipient);
}
