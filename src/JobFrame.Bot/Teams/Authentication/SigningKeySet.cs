using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace JobFrame.Bot.Teams.Authentication;

/// <summary>
/// One fetch of an OpenID metadata document and its JWKS: the signing keys, and for each key id the
/// channels it is endorsed for. Keys and endorsements are read together so they can never disagree.
/// </summary>
internal sealed class SigningKeySet(OpenIdConnectConfiguration metadata, IReadOnlyDictionary<string, IReadOnlyList<string>> endorsementsByKeyId)
{
    public OpenIdConnectConfiguration Metadata { get; } = metadata;

    public bool HasKey(string keyId) => Metadata.SigningKeys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));

    public bool IsEndorsedFor(string keyId, string channelId) =>
        endorsementsByKeyId.TryGetValue(keyId, out var endorsements) && endorsements.Contains(channelId, StringComparer.Ordinal);
}
