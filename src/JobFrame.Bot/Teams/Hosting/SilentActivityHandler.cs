using JobFrame.Bot.Teams.Schema;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>
/// The handler in place until the bot's answers are registered: it acknowledges everything and says nothing,
/// so an unconfigured bot never posts text no one wrote.
/// </summary>
internal sealed class SilentActivityHandler : ITeamsActivityHandler
{
    public Task<IReadOnlyList<Activity>> OnActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Activity>>([]);

    public Task<InvokeResponse> OnInvokeAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(InvokeResponse.Empty);
}
