namespace JobFrame.Bot.Web;

/// <summary>
/// The tags that sort health checks into probes: <see cref="Ready"/> checks answer <c>/readyz</c>; <c>/healthz</c>
/// (liveness) runs none, because a process that can answer is alive whatever its dependencies say.
/// </summary>
public static class HealthTags
{
    public const string Ready = "ready";
}
