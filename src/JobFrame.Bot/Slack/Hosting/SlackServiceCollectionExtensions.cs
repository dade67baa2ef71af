using JobFrame.Bot.Http;
using JobFrame.Bot.SharedState;
using JobFrame.Bot.Slack.Authentication;
using JobFrame.Bot.Slack.Handlers;
using JobFrame.Bot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Slack.Hosting;

/// <summary>Registers the Slack face: options, verification, de-duplication, the background queue and the Web API client.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Adds Slack. The bot's logic registers its <see cref="ISlackHandler"/> with <c>AddScoped</c> after this call
    /// (the last registration wins); until then a stand-in says the answers are not connected.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SlackOptions>()
            .Bind(configuration.GetSection(SlackOptions.SectionName))
            .Validate(o => IsUsableBaseUrl(o.ApiBaseUrl), "Slack:ApiBaseUrl must be an absolute http(s) address ending in '/'.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsAnnotations>();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSharedState();
        services.AddSingleton(CreateVerifier);
        services.AddSingleton<SlackEventDeduplicator>();
        services.AddSingleton<SlackBackgroundQueue>();
        services.AddSingleton<ISlackBackgroundQueue>(sp => sp.GetRequiredService<SlackBackgroundQueue>());
        services.AddHostedService<SlackBackgroundWorker>();
        // The outbound policy's attempt and total timeouts bound each call, so one hung call cannot hold a worker for long.
        services.AddHttpClient<ISlackWebApi, SlackWebApiClient>((sp, client) =>
            {
                client.BaseAddress = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddOutboundResilience(SlackWebApiClient.RemoteName);
        // Replies are the face's, not the bot's: the failure policy answers through them whichever handler is registered.
        services.AddScoped<SlackReplies>();
        services.TryAddScoped<ISlackHandler, UnconnectedSlackHandler>();
        return services;
    }

    /// <summary>
    /// Registers the bot's Slack handler over <c>JobFrameEngine</c>. Call after <c>AddJobFrameEngine()</c> and
    /// <c>AddSlack()</c>: it replaces the protocol layer's "not connected" stand-in.
    /// </summary>
    public static IServiceCollection AddSlackBot(this IServiceCollection services)
    {
        services.AddScoped<ISlackHandler, JobFrameSlackHandler>();
        return services;
    }

    private static SlackSignatureVerifier CreateVerifier(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SlackOptions>>().Value;
        return new SlackSignatureVerifier(
            options.SigningSecret ?? throw new InvalidOperationException("Slack:SigningSecret is not set."),
            services.GetRequiredService<TimeProvider>(),
            TimeSpan.FromSeconds(options.TimestampToleranceSeconds));
    }

    private static bool IsUsableBaseUrl(Uri? url) =>
        url is { IsAbsoluteUri: true } && url.Scheme is "https" or "http" && url.AbsolutePath.EndsWith('/');
}
