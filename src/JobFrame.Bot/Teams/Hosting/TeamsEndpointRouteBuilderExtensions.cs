namespace JobFrame.Bot.Teams.Hosting;

/// <summary>Maps the Bot Framework messaging endpoint.</summary>
public static class TeamsEndpointRouteBuilderExtensions
{
    /// <summary>The path configured as the Azure Bot's messaging endpoint.</summary>
    public const string MessagesPath = "/api/messages";

    private const string LogCategory = "JobFrame.Bot.Teams";

    /// <summary>
    /// Maps <c>POST /api/messages</c>, or nothing at all when <see cref="TeamsAccess"/> says Teams is off (no
    /// <c>MicrosoftAppId</c> outside Development: a Slack-only deployment), which is logged at start-up.
    /// </summary>
    public static IEndpointRouteBuilder MapTeamsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var access = endpoints.ServiceProvider.GetRequiredService<TeamsAccess>();
        if (access.Mode == TeamsMode.Off)
        {
            Log.TeamsOff(endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(LogCategory), access.EnvironmentName);
            return endpoints;
        }

        endpoints.MapPost(MessagesPath, (HttpContext context, ActivityRequestHandler handler) => handler.HandleAsync(context));
        return endpoints;
    }
}
