namespace JobFrame.Bot.Teams.Authentication;

/// <summary>The token endpoint's answer to a client-credentials request.</summary>
internal sealed class TokenResponse
{
    public string? TokenType { get; set; }

    public string? AccessToken { get; set; }

    public int? ExpiresIn { get; set; }
}
