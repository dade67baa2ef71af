using JobFrame.Bot.Slack.Schema;

namespace JobFrame.Bot.Slack.Hosting;

/// <summary>
/// The handler used until the bot's answers are registered as <see cref="ISlackHandler"/>: it acknowledges
/// everything and says so to people who ask, so a half-configured host is visibly half-configured.
/// </summary>
internal sealed class UnconnectedSlackHandler : ISlackHandler
{
    private const string NotConnected = "JobFrame is reachable, but its answers are not connected to Slack yet.";

    public Task<SlackMessage> OnSlashCommandAsync(SlashCommand command, CancellationToken ct) =>
        Task.FromResult(SlackMessage.Ephemeral(NotConnected));

    public Task OnMessageEventAsync(SlackEvent message, CancellationToken ct) => Task.CompletedTask;

    public Task OnBlockActionsAsync(BlockActionsPayload payload, CancellationToken ct) => Task.CompletedTask;

    public Task<ViewSubmissionResponse?> OnViewSubmissionAsync(ViewSubmissionPayload payload, CancellationToken ct) =>
        Task.FromResult<ViewSubmissionResponse?>(null);

    public Task OnShortcutAsync(ShortcutPayload payload, CancellationToken ct) => Task.CompletedTask;
}
