using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>Says at start-up, loudly, that the bot is running without authentication.</summary>
internal sealed class DevelopmentModeNotice(IOptions<BotAppOptions> options, ILogger<DevelopmentModeNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsDevelopmentMode)
        {
            logger.DevelopmentModeEnabled();
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
