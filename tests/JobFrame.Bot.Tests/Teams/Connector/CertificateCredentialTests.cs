using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using JobFrame.Bot.Tests.Fixtures;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static JobFrame.Bot.Tests.Teams.Connector.CredentialReplies;

namespace JobFrame.Bot.Tests.Teams.Connector;

/// <summary>
/// A bot registered with a certificate: MSAL signs a client assertion with it, the stand-in token endpoint checks it
/// against the certificate's public key, and the reply carries the token issued for it.
/// </summary>
public sealed class CertificateCredentialTests : IDisposable
{
    private const string Password = "certificate-file-password";

    private readonly string _folder = Directory.CreateTempSubdirectory("jobframe-cert-").FullName;
    private readonly X509Certificate2 _certificate = CreateCertificate();

    [Fact]
    public async Task CertificateFromAPasswordProtectedFile_SignsTheAssertion_AndTheReplyCarriesTheIssuedToken()
    {
        var path = Path.Combine(_folder, "bot.pfx");
        await File.WriteAllBytesAsync(path, _certificate.Export(X509ContentType.Pkcs12, Password));
        await using var host = await StartWithoutSecretAsync(settings =>
        {
            settings[Section + "AuthType"] = "Certificate";
            settings[Section + "CertificatePath"] = path;
            settings[Section + "CertificatePassword"] = Password;
        });

        Assert.Equal("Bearer " + BotFrameworkStandIns.AssertionAccessToken, await ReplyAuthorizationAsync(host));

        await AssertSignedAssertionAsync(host);
    }

    [Fact]
    public async Task CertificateFromTheStoreByThumbprint_SignsTheAssertion_AndTheReplyCarriesTheIssuedToken()
    {
        using var stored = X509CertificateLoader.LoadPkcs12(
            _certificate.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable | X509KeyStorageFlags.PersistKeySet);
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Add(stored);
        try
        {
            await using var host = await StartWithoutSecretAsync(settings =>
            {
                settings[Section + "AuthType"] = "Certificate";
                settings[Section + "CertThumbprint"] = _certificate.Thumbprint;
                settings[Section + "CertStoreName"] = "My";
                settings[Section + "CertStoreLocation"] = "CurrentUser";
                // A self-signed test certificate chains to no trusted root.
                settings[Section + "ValidCertificateOnly"] = "false";
            });

            Assert.Equal("Bearer " + BotFrameworkStandIns.AssertionAccessToken, await ReplyAuthorizationAsync(host));

            await AssertSignedAssertionAsync(host);
        }
        finally
        {
            store.Remove(stored);
        }
    }

    public void Dispose()
    {
        _certificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    // What the token endpoint must see: a JWT signed by the certificate's key, from the app, for this endpoint; no secret.
    private async Task AssertSignedAssertionAsync(TeamsHost host)
    {
        var request = Assert.Single(host.StandIns.TokenRequests);
        Assert.Equal(TestIdentity.TenantId, request.Tenant);
        Assert.False(request.Form.ContainsKey("client_secret"));
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", request.Form["client_assertion_type"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(request.Form["client_assertion"], new TokenValidationParameters
        {
            IssuerSigningKey = new X509SecurityKey(_certificate),
            ValidIssuer = TestIdentity.AppId,
            ValidAudience = host.StandIns.HttpsBaseUrl + TestIdentity.TenantId + "/oauth2/v2.0/token",
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal(TestIdentity.AppId, validation.ClaimsIdentity.FindFirst("sub")?.Value);
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=jobframe-bot-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
    }
}
