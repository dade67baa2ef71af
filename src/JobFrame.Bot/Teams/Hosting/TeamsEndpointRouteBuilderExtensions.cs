using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JobFrame.Bot.Teams.Hosting;

/// <summary>Maps the Bot Framework messaging endpoint.</summary>
public static class TeamsEndpointRouteBuilderExtensions
{
    /// <summary>The path configured as the Azure Bot's messaging endpoint.</summary>
    public const string MessagesPath = "/api/messages";

    /// <summary>Maps <c>POST /api/messages</c>.</summary>
    public static IEndpointConventionBuilder MapTeamsEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(MessagesPath, (HttpContext context, ActivityRequestHandler handler) => handler.HandleAsync(context));
}
