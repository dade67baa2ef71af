using System.Security.Claims;
using System.Text;
using JobFrame.Bot.Teams.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>Mints the tokens the channel service and Entra would send, and the forged ones they would not.</summary>
public sealed class TestTokens(TestSigningKeys keys)
{
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A valid Bot Framework channel token for an activity on <paramref name="serviceUrl"/>.</summary>
    public string Channel(string serviceUrl) => Create(ChannelDescriptor(serviceUrl));

    /// <summary>A channel token changed by <paramref name="change"/> before signing.</summary>
    public string Channel(string serviceUrl, Action<SecurityTokenDescriptor> change)
    {
        var descriptor = ChannelDescriptor(serviceUrl);
        change(descriptor);
        return Create(descriptor);
    }

    /// <summary>An Entra token for the bot: v1 (<c>appid</c>) or v2 (<c>azp</c>) for <paramref name="tenantId"/>.</summary>
    public string Entra(string tenantId, bool version2)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = version2 ? $"https://login.microsoftonline.com/{tenantId}/v2.0" : $"https://sts.windows.net/{tenantId}/",
            Audience = TestIdentity.AppId,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            IssuedAt = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object>
            {
                [version2 ? "azp" : "appid"] = TestIdentity.AppId,
                ["ver"] = version2 ? "2.0" : "1.0",
                ["tid"] = tenantId,
            },
            SigningCredentials = new SigningCredentials(keys.Entra, SecurityAlgorithms.RsaSha256),
        };
        return Create(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) carrying otherwise valid channel claims.</summary>
    public string Unsigned(string serviceUrl)
    {
        var descriptor = ChannelDescriptor(serviceUrl);
        descriptor.SigningCredentials = null;
        return Create(descriptor);
    }

    /// <summary>HS256 keyed with the channel key's public PEM: the classic algorithm-confusion forgery.</summary>
    public string HmacWithPublicKey(string serviceUrl)
    {
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(keys.TeamsPublicKeyPem)) { KeyId = TestSigningKeys.TeamsKeyId };
        return Channel(serviceUrl, d => d.SigningCredentials = new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));
    }

    private SecurityTokenDescriptor ChannelDescriptor(string serviceUrl) => new()
    {
        Issuer = "https://api.botframework.com",
        Audience = TestIdentity.AppId,
        NotBefore = DateTime.UtcNow.AddMinutes(-1),
        IssuedAt = DateTime.UtcNow.AddMinutes(-1),
        Expires = DateTime.UtcNow.AddHours(1),
        Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
        SigningCredentials = new SigningCredentials(keys.Teams, SecurityAlgorithms.RsaSha256),
    };

    private string Create(SecurityTokenDescriptor descriptor) => _handler.CreateToken(descriptor);
}
