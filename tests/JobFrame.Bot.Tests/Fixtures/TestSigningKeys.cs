using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>
/// RSA keys for the stand-in identity services: the published ones (channel keys with endorsements, an Entra
/// key) and a rogue one the bot has never seen.
/// </summary>
public sealed class TestSigningKeys : IDisposable
{
    public const string TeamsKeyId = "channel-key-msteams";
    public const string WebChatOnlyKeyId = "channel-key-webchat";
    public const string EntraKeyId = "entra-key";
    public const string UnpublishedKeyId = "never-published";
    public const string RotatedKeyId = "channel-key-rotated";

    private readonly RSA _teams = RSA.Create(2048);
    private readonly RSA _webChatOnly = RSA.Create(2048);
    private readonly RSA _entra = RSA.Create(2048);
    private readonly RSA _rogue = RSA.Create(2048);
    private readonly RSA _rotated = RSA.Create(2048);

    /// <summary>Published, endorsed for <c>msteams</c> and <c>webchat</c>.</summary>
    public RsaSecurityKey Teams => new(_teams) { KeyId = TeamsKeyId };

    /// <summary>Published, endorsed for <c>webchat</c> only.</summary>
    public RsaSecurityKey WebChatOnly => new(_webChatOnly) { KeyId = WebChatOnlyKeyId };

    /// <summary>Published by the Entra stand-in (no endorsements).</summary>
    public RsaSecurityKey Entra => new(_entra) { KeyId = EntraKeyId };

    /// <summary>Published, endorsed for <c>msteams</c>, only once the stand-in has rotated its keys.</summary>
    public RsaSecurityKey Rotated => new(_rotated) { KeyId = RotatedKeyId };

    /// <summary>A key no one published, wearing whatever key id the test wants.</summary>
    public RsaSecurityKey Rogue(string keyId) => new(_rogue) { KeyId = keyId };

    /// <summary>The Teams key's public half as PEM, the "secret" of the HS256 key-confusion attack.</summary>
    public string TeamsPublicKeyPem => _teams.ExportSubjectPublicKeyInfoPem();

    public void Dispose()
    {
        _teams.Dispose();
        _webChatOnly.Dispose();
        _entra.Dispose();
        _rogue.Dispose();
        _rotated.Dispose();
    }
}
