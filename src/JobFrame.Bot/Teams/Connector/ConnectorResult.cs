namespace JobFrame.Bot.Teams.Connector;

/// <summary>
/// What the connector made of a reply: accepted, or the last status it answered (0 when it never answered), so a
/// caller can tell a message Teams refused as too large (413 MessageSizeTooBig) from one it could not deliver.
/// </summary>
internal readonly record struct ConnectorResult(bool Posted, int StatusCode)
{
    /// <summary>The connector accepted the reply.</summary>
    public static ConnectorResult Accepted { get; } = new(true, 200);

    /// <summary>True when Teams refused the reply because its JSON was over the message size limit.</summary>
    public bool IsTooLarge => !Posted && StatusCode == 413;
}
