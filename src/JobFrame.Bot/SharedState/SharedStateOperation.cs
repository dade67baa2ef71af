namespace JobFrame.Bot.SharedState;

/// <summary>The fixed words that name a shared-state operation in logs and in the fallbacks metric's <c>operation</c> tag.</summary>
public static class SharedStateOperation
{
    public const string Connect = "connect";
    public const string Dedup = "dedup";
    public const string RateLimit = "rate_limit";
    public const string UnresolvedLog = "unresolved_log";
}
