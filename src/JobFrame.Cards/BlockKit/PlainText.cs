using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace JobFrame.Cards.BlockKit;

/// <summary>Text shown as typed: no formatting, no links, no mentions. The safe home for user text.</summary>
// Properties typed as PlainText itself (a header's text, a modal's title) must still write "type": Slack refuses a
// text object without it, and System.Text.Json writes a discriminator only for a type that declares itself polymorphic
// (which it refuses for sealed types, hence not sealed).
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PlainText), "plain_text")]
public class PlainText : TextObject
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
