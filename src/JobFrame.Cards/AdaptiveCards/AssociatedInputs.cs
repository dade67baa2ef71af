using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Which inputs an Action.Submit or Action.Execute gathers; <c>Default</c> (auto) is omitted from the JSON.</summary>
[JsonConverter(typeof(AdaptiveEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    /// <summary>Not written: the host's default applies.</summary>
    Default = 0,
    Auto,
    None,
}
