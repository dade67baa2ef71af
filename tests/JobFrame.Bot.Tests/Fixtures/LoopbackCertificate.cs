using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace JobFrame.Bot.Tests.Fixtures;

/// <summary>
/// A self-signed certificate for 127.0.0.1, so a stand-in can serve https (MSAL sends credentials to https authorities
/// only), and the one validation callback that trusts exactly it.
/// </summary>
public sealed class LoopbackCertificate : IDisposable
{
    public LoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        // Kestrel needs a key it can use for TLS: reload it from PKCS#12.
        Certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>An HttpClient handler that accepts this certificate and no other untrusted one.</summary>
    public SocketsHttpHandler TrustingHandler() => new()
    {
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, presented, _, errors) =>
                errors == SslPolicyErrors.None || (presented is not null && presented.GetCertHashString() == Certificate.GetCertHashString()),
        },
    };

    public void Dispose() => Certificate.Dispose();
}
