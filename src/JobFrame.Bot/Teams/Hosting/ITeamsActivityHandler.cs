using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>
/// Where the bot's logic plugs into the protocol layer. Activities arrive authenticated; replies are
/// addressed and delivered by the protocol layer (posted to the connector, or returned in the HTTP body
/// when the caller expects replies). A handler does not catch: a turn that throws is logged once by the entry point
/// (<see cref="TeamsFailurePolicy"/>), which then answers with <see cref="OnActivityFailed"/> or <see cref="OnInvokeFailed"/>.
/// </summary>
public interface ITeamsActivityHandler
{
    /// <summary><c>message</c>, <c>conversationUpdate</c>, and anything that replies with activities.</summary>
    Task<IReadOnlyList<Activity>> OnActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Invoke activities (<c>adaptiveCard/action</c>, <c>composeExtension/query</c> ...): the synchronous HTTP body.</summary>
    Task<InvokeResponse> OnInvokeAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// What the user reads when answering <paramref name="activity"/> failed. Nothing by default, so a handler without
    /// words of its own never posts text no one wrote.
    /// </summary>
    IReadOnlyList<Activity> OnActivityFailed(Activity activity) => [];

    /// <summary>The HTTP body of an invoke whose answer failed: an empty 200 by default.</summary>
    InvokeResponse OnInvokeFailed(Activity invoke) => InvokeResponse.Empty;
}
