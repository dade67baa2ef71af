using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JobFrame.Bot.Slack.Authentication;

/// <summary>
/// Checks Slack's request signature: <c>v0=</c> + hex(HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + raw body)).
/// </summary>
/// <remarks>See https://docs.slack.dev/authentication/verifying-requests-from-slack.</remarks>
public sealed class SlackSignatureVerifier
{
    private const string Version = "v0";
    private const int HashHexLength = 64;

    private readonly byte[] _key;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _tolerance;

    /// <summary>Creates a verifier for one signing secret.</summary>
    public SlackSignatureVerifier(string signingSecret, TimeProvider clock, TimeSpan tolerance)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        ArgumentNullException.ThrowIfNull(clock);
        _key = Encoding.UTF8.GetBytes(signingSecret);
        _clock = clock;
        _tolerance = tolerance;
    }

    /// <summary>Computes the signature Slack would send for this timestamp and body.</summary>
    public static string ComputeSignature(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(signingSecret);
        ArgumentNullException.ThrowIfNull(timestamp);
        var hash = ComputeHash(Encoding.UTF8.GetBytes(signingSecret), timestamp, body);
        return Version + "=" + Convert.ToHexStringLower(hash);
    }

    /// <summary>Checks the two headers against the raw body, in constant time for the signature comparison.</summary>
    public SlackSignatureCheck Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp))
        {
            return SlackSignatureCheck.MissingTimestamp;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SlackSignatureCheck.MalformedTimestamp;
        }

        var age = _clock.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > _tolerance.TotalSeconds)
        {
            return SlackSignatureCheck.TimestampOutOfRange;
        }

        if (string.IsNullOrEmpty(signature))
        {
            return SlackSignatureCheck.MissingSignature;
        }

        if (!TryParseSignature(signature, out var presented))
        {
            return SlackSignatureCheck.MalformedSignature;
        }

        var expected = ComputeHash(_key, timestamp, body);
        return CryptographicOperations.FixedTimeEquals(expected, presented)
            ? SlackSignatureCheck.Valid
            : SlackSignatureCheck.Mismatch;
    }

    private static bool TryParseSignature(string signature, out byte[] hash)
    {
        hash = [];
        var prefix = Version + "=";
        if (!signature.StartsWith(prefix, StringComparison.Ordinal) || signature.Length != prefix.Length + HashHexLength)
        {
            return false;
        }

        var hex = signature.AsSpan(prefix.Length);
        foreach (var c in hex)
        {
            // Slack sends lowercase hex; anything else is not a signature Slack made.
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }

        hash = Convert.FromHexString(hex);
        return true;
    }

    private static byte[] ComputeHash(byte[] key, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(Version + ":" + timestamp + ":");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return HMACSHA256.HashData(key, message);
    }
}
