namespace JobFrame.Bot.Web;

/// <summary>Redis as <c>/readyz</c> reports it: reachable with the PING round trip, or unreachable with why.</summary>
public sealed class RedisStatus
{
    public const string Reachable = "reachable";
    public const string Unreachable = "unreachable";

    public required string Status { get; init; }

    /// <summary>The PING round trip in milliseconds; absent when unreachable.</summary>
    public double? LatencyMs { get; init; }

    /// <summary>Why Redis is unreachable (the failure's type, such as <c>RedisConnectionException</c>); never a host or secret.</summary>
    public string? Problem { get; init; }
}
