using JobFrame.Bot.SharedState;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.RateLimits;

/// <summary>Registers what the Teams and Slack faces share: the per-user and per-conversation rate limits.</summary>
public static class RateLimitServiceCollectionExtensions
{
    public static IServiceCollection AddChatRateLimits(this IServiceCollection services)
    {
        services.AddOptions<ChatRateLimitOptions>().BindConfiguration(ChatRateLimitOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChatRateLimitOptions>, ChatRateLimitOptionsAnnotations>();
        services.AddSharedState();
        services.AddSingleton<ChatRateLimiter>();
        return services;
    }
}
