using System.Text;
using JobFrame.Bot.Teams.Schema;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Teams.Handlers;

/// <summary>
/// An export as a Teams message where a bot cannot send files (channels, group chats): the text inside
/// <c>&lt;pre&gt;</c> with <c>textFormat</c> <c>xml</c>, which Teams shows on every client with each space and line
/// kept (a card's text blocks collapse runs of spaces and split lines into paragraphs). Only <c>&amp;</c>, <c>&lt;</c>
/// and <c>&gt;</c> become entities, so what a person copies from it is the export as the file holds it. See
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages.
/// </summary>
internal static class PreformattedExport
{
    /// <summary>The format Teams reads as its subset of HTML.</summary>
    public const string XmlTextFormat = "xml";

    /// <summary>
    /// Teams refuses an activity over 40,000 bytes counted as UTF-16: the text (twice its length) and the envelope
    /// must stay under it.
    /// </summary>
    private const int MaxTextLength = 18_000;

    /// <summary>The reply, or null when the export is too long for one Teams message.</summary>
    public static Activity? Reply(Activity inbound, ExportAnswer export)
    {
        var text = new StringBuilder(export.Content.Length + 200);
        text.Append("<p>").Append(TeamsBotWords.ExportAsText).Append(" <code>").Append(Escape(export.FileName)).Append("</code></p><pre>")
            .Append(Escape(export.Content)).Append("</pre>");
        if (text.Length > MaxTextLength)
        {
            return null;
        }

        return inbound.CreateReply(text.ToString(), XmlTextFormat, summary: export.FileName);
    }

    /// <summary>Only the three characters markup reads: everything else reaches the reader as it is.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
