namespace JobFrame.Bot.Web;

/// <summary>Registers the local web chat page's options and the start-up line that says where to open it.</summary>
public static class WebChatServiceCollectionExtensions
{
    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.Section);
        services.AddHostedService<WebChatAddressNotice>();
        return services;
    }
}
