using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace JobFrame.Bot.Web;

/// <summary>Maps the local web chat page: Bot Framework Web Chat talking to this bot's own <c>/api/messages</c>.</summary>
public static class WebChatEndpointRouteBuilderExtensions
{
    /// <summary>Where the page's script and style are served from.</summary>
    public const string AssetsPath = "/webchat";

    /// <summary>
    /// Maps <c>GET /</c> (the page) and <c>GET /webchat/{file}</c> (its script and style) when the page is served in
    /// this environment (see <see cref="WebChatOptions"/>); maps nothing otherwise.
    /// </summary>
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        var environment = endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>();
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<WebChatOptions>>().Value;
        if (!options.IsServedIn(environment))
        {
            return endpoints;
        }

        endpoints.MapGet("/", (HttpContext context) => Serve(context, "index.html")).ExcludeFromDescription();
        endpoints.MapGet(AssetsPath + "/{file}", (HttpContext context, string file) => Serve(context, file)).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Serve(HttpContext context, string file)
    {
        var content = WebChatAssets.Open(file);
        if (content is null)
        {
            return Results.NotFound();
        }

        // The bundle changes with every build of the host: always revalidate rather than run a stale page.
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        return Results.Stream(content, WebChatAssets.MediaTypes[file]);
    }
}
