using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>
/// Where the bot's logic plugs into the protocol layer. Activities arrive authenticated; replies are
/// addressed and delivered by the protocol layer (posted to the connector, or returned in the HTTP body
/// when the caller expects replies).
/// </summary>
public interface ITeamsActivityHandler
{
    /// <summary><c>message</c>, <c>conversationUpdate</c>, and anything that replies with activities.</summary>
    Task<IReadOnlyList<Activity>> OnActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Invoke activities (<c>adaptiveCard/action</c>, <c>composeExtension/query</c> ...): the synchronous HTTP body.</summary>
    Task<InvokeResponse> OnInvokeAsync(Activity activity, CancellationToken cancellationToken);
}
