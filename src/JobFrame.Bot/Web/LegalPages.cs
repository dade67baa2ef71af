namespace JobFrame.Bot.Web;

/// <summary>
/// The privacy statement and terms of use the host serves at /privacy and /terms: the addresses a Teams app manifest
/// names (developer.privacyUrl, developer.termsOfUseUrl) and that the Teams admin center and app store show. The pages
/// are embedded in the host, so every instance serves the same texts.
/// </summary>
public static class LegalPages
{
    public const string PrivacyPath = "/privacy";
    public const string TermsPath = "/terms";

    /// <summary>
    /// <c>GET /privacy</c> and <c>GET /terms</c>: 200 with the page as <c>text/html; charset=utf-8</c>. Public on purpose,
    /// in every environment: they are published documents that Teams and its admins read without signing in, and they
    /// answer nothing about any user.
    /// </summary>
    public static IEndpointRouteBuilder MapLegalPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PrivacyPath, () => Page("privacy.html")).ExcludeFromDescription();
        endpoints.MapGet(TermsPath, () => Page("terms.html")).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Page(string name)
    {
        var stream = typeof(LegalPages).Assembly.GetManifestResourceStream("legal/" + name)
            ?? throw new InvalidOperationException($"The host was built without its page legal/{name}.");
        return Results.Stream(stream, "text/html; charset=utf-8");
    }
}
