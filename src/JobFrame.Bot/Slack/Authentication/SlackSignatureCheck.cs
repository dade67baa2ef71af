namespace JobFrame.Bot.Slack.Authentication;

/// <summary>The outcome of checking a request's Slack signature; anything but <see cref="Valid"/> is refused with 401.</summary>
public enum SlackSignatureCheck
{
    /// <summary>The signature matches and the timestamp is fresh.</summary>
    Valid,

    /// <summary>No <c>X-Slack-Request-Timestamp</c> header.</summary>
    MissingTimestamp,

    /// <summary>The timestamp is not a whole number of Unix seconds.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is further from now than the tolerance, in either direction.</summary>
    TimestampOutOfRange,

    /// <summary>No <c>X-Slack-Signature</c> header.</summary>
    MissingSignature,

    /// <summary>The signature is not <c>v0=</c> followed by 64 hex digits.</summary>
    MalformedSignature,

    /// <summary>The signature is well formed but does not match the body.</summary>
    Mismatch,
}
