using System.Diagnostics.CodeAnalysis;

namespace JobFrame.Cards.BlockKit;

/// <summary>Text shown as typed: no formatting, no links, no mentions. The safe home for user text.</summary>
public sealed class PlainText : TextObject
{
    /// <summary>The JSON <c>type</c> of a PlainText.</summary>
    public const string TypeName = "plain_text";

    public PlainText()
        : base(TypeName)
    {
    }

    [SetsRequiredMembers]
    public PlainText(string text)
        : this() => Text = text;

    /// <summary>Whether ":emoji:" codes turn into emoji; <c>null</c> is omitted (Slack's default, true).</summary>
    public bool? Emoji { get; init; }

    public static implicit operator PlainText(string text) => new(text);
}
