namespace JobFrame.Bot.Teams.Authentication;

/// <summary>The token endpoint's answer to a client-credentials or managed identity request.</summary>
internal sealed class TokenResponse
{
    public string? TokenType { get; set; }

    public string? AccessToken { get; set; }

    public int? ExpiresIn { get; set; }

    /// <summary>When the token expires, in Unix seconds: what the App Service / Container Apps identity endpoint says instead of expires_in.</summary>
    public long? ExpiresOn { get; set; }
}
