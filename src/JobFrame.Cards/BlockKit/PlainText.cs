using System.Diagnostics.CodeAnalysis;

namespace JobFrame.Cards.BlockKit;

/// <summary>Text shown as typed: no formatting, no links, no mentions. The safe home for user text.</summary>
public sealed class PlainText : TextObject
{
    public PlainText()
    {
    }

    [SetsRequiredMembers]
    public PlainText(string text) => Text = text;

    /// <summary>Whether ":emoji:" codes turn into emoji; <c>null</c> is omitted (Slack's default, true).</summary>
    public bool? Emoji { get; init; }

    public static implicit operator PlainText(string text) => new(text);
}
