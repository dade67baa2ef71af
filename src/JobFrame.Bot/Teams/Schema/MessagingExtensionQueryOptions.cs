namespace JobFrame.Bot.Teams.Schema;

/// <summary>Paging of a search: how many results to skip and how many to return.</summary>
public sealed class MessagingExtensionQueryOptions
{
    public int? Skip { get; init; }

    public int? Count { get; init; }
}
