using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace JobFrame.Bot.Teams.Authentication;

/// <summary>
/// Reads the OpenID metadata, then its <c>jwks_uri</c> once, keeping both the keys and the raw
/// <c>endorsements</c> arrays that the identity library does not model.
/// </summary>
internal sealed class SigningKeySetRetriever : IConfigurationRetriever<SigningKeySet>
{
    public async Task<SigningKeySet> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var metadataJson = await retriever.GetDocumentAsync(address, cancel);
        var metadata = OpenIdConnectConfiguration.Create(metadataJson);
        if (string.IsNullOrEmpty(metadata.JwksUri))
        {
            throw new InvalidOperationException("The OpenID metadata has no jwks_uri.");
        }

        var jwksJson = await retriever.GetDocumentAsync(metadata.JwksUri, cancel);
        metadata.JsonWebKeySet = new JsonWebKeySet(jwksJson);
        foreach (var key in metadata.JsonWebKeySet.GetSigningKeys())
        {
            metadata.SigningKeys.Add(key);
        }

        var endorsements = JsonSerializer.Deserialize(jwksJson, OAuthJsonContext.Default.JsonWebKeySetEndorsements);
        var byKeyId = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var key in endorsements?.Keys ?? [])
        {
            if (key.Kid is not null)
            {
                byKeyId[key.Kid] = [.. key.Endorsements ?? []];
            }
        }

        return new SigningKeySet(metadata, byKeyId);
    }
}
