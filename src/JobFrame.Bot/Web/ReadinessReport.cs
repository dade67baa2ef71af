namespace JobFrame.Bot.Web;

/// <summary>What <c>/readyz</c> answers: whether the bot can answer questions, and with which canon.</summary>
public sealed class ReadinessReport
{
    public const string Ready = "ready";
    public const string CanonNotLoaded = "canon not loaded";

    public required string Status { get; init; }

    /// <summary>The canon in service; absent while none is loaded.</summary>
    public CanonStatus? Canon { get; init; }

    /// <summary>The last canon reload refused since the last accepted one; absent when the canon on disk is the one in service.</summary>
    public RefusedReloadStatus? RefusedReload { get; init; }

    /// <summary>Redis, when <c>ConnectionStrings:Redis</c> is set; absent otherwise.</summary>
    public RedisStatus? Redis { get; init; }
}
