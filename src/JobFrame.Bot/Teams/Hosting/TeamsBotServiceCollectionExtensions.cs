using JobFrame.Bot.Teams.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>Registers the bot's answers in Teams over the protocol layer that <c>AddTeams</c> sets up.</summary>
public static class TeamsBotServiceCollectionExtensions
{
    // An upload session takes a few kilobytes; a stalled one should not hold the invoke for long.
    private static readonly TimeSpan UploadTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Replaces the silent handler with <c>JobFrameTeamsHandler</c> (engine answers as cards, exports as files).
    /// Call after <c>AddTeams</c> and <c>AddJobFrameEngine</c>.
    /// </summary>
    public static IServiceCollection AddTeamsBot(this IServiceCollection services)
    {
        services.AddHttpClient(ExportFileUploader.HttpClientName, client => client.Timeout = UploadTimeout);
        services.AddSingleton<ExportFileUploader>();
        services.AddSingleton<InvokeFollowUps>();
        services.AddSingleton<ExportDelivery>();
        services.AddSingleton<MessageExtensionSearch>();
        services.Replace(ServiceDescriptor.Singleton<ITeamsActivityHandler, JobFrameTeamsHandler>());
        return services;
    }
}
