using System.Security.Cryptography.X509Certificates;
using JobFrame.Bot.Teams.Hosting;

namespace JobFrame.Bot.Teams.Connector;

/// <summary>Finds the bot's certificate: a PKCS#12 or PEM file, or a certificate store searched by thumbprint or subject name.</summary>
internal static class BotCertificates
{
    /// <summary>The certificate with its private key. Throws <see cref="InvalidOperationException"/> naming the setting when none is found.</summary>
    public static X509Certificate2 Load(ServiceConnectionSettings settings)
    {
        if (settings.CertificatePath is { Length: > 0 } path)
        {
            return FromFile(path, settings.CertificatePassword);
        }

        var (findType, value, setting) = settings.CertThumbprint is { Length: > 0 } thumbprint
            ? (X509FindType.FindByThumbprint, thumbprint, "CertThumbprint")
            : (X509FindType.FindBySubjectName, settings.CertSubjectName ?? string.Empty, "CertSubjectName");
        using var store = new X509Store(settings.CertStoreName, settings.CertStoreLocation);
        store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
        var found = store.Certificates.Find(findType, value, settings.ValidCertificateOnly);
        // The newest one first: a renewed certificate sits beside the old one for a while.
        return found.Where(certificate => certificate.HasPrivateKey).OrderByDescending(certificate => certificate.NotAfter).FirstOrDefault()
            ?? throw new InvalidOperationException(
                $"No certificate with a private key matches {ServiceConnectionSettings.SectionName}:{setting} in the {settings.CertStoreLocation}/{settings.CertStoreName} store"
                + (settings.ValidCertificateOnly ? " (only valid certificates are used: see ValidCertificateOnly)." : "."));
    }

    private static X509Certificate2 FromFile(string path, string? password)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".pem", StringComparison.OrdinalIgnoreCase) || extension.Equals(".crt", StringComparison.OrdinalIgnoreCase))
        {
            return string.IsNullOrEmpty(password)
                ? X509Certificate2.CreateFromPemFile(path)
                : X509Certificate2.CreateFromEncryptedPemFile(path, password);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
    }
}
