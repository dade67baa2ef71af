using System.Text.Json;

namespace JobFrame.Bot.Teams.Schema;

/// <summary>
/// The value of a <c>composeExtension/query</c> invoke: which search command, its parameters, and paging.
/// See https://learn.microsoft.com/microsoftteams/platform/messaging-extensions/how-to/search-commands/respond-to-search.
/// </summary>
public sealed class MessagingExtensionQuery
{
    public string? CommandId { get; init; }

    public IList<MessagingExtensionParameter>? Parameters { get; init; }

    public MessagingExtensionQueryOptions? QueryOptions { get; init; }

    /// <summary>The text typed into a parameter, or null; Teams sends <c>initialRun</c> with no text.</summary>
    public string? TextOf(string name)
    {
        var parameter = Parameters?.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return parameter?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
    }
}
