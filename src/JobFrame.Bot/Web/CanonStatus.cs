namespace JobFrame.Bot.Web;

/// <summary>The canon snapshot in service, as <c>/readyz</c> reports it.</summary>
public sealed class CanonStatus
{
    public required string Name { get; init; }

    public required string Version { get; init; }

    /// <summary>Changes whenever any canon file's content changes; tells two loads of the same version apart.</summary>
    public required string Fingerprint { get; init; }

    public required int ProfileCount { get; init; }

    public required DateTimeOffset LoadedAt { get; init; }
}
