using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Whether an action shows as a button or in the overflow menu; <c>Default</c> (primary) is omitted from the JSON.</summary>
[JsonConverter(typeof(AdaptiveEnumConverter<ActionMode>))]
public enum ActionMode
{
    /// <summary>Not written: the host's default applies.</summary>
    Default = 0,
    Primary,
    Secondary,
}
