namespace JobFrame.Bot.Teams.Hosting;

/// <summary>Says at start-up, loudly, that the bot is running without authentication.</summary>
internal sealed class DevelopmentModeNotice(TeamsAccess access, ILogger<DevelopmentModeNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (access.Mode == TeamsMode.Development)
        {
            Log.DevelopmentModeEnabled(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
