using System.Text.Json.Nodes;

namespace JobFrame.Bot.Tests.Slack;

/// <summary>A scripted answer from the Web API stand-in, used once.</summary>
internal sealed record StandInReply(int Status, JsonObject Body, int? RetryAfterSeconds = null)
{
    public static StandInReply RateLimited(int retryAfterSeconds) =>
        new(429, new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }, retryAfterSeconds);

    public static StandInReply ServerError(int status) => new(status, new JsonObject { ["ok"] = false, ["error"] = "internal_error" });

    public static StandInReply NotOk(string error) => new(200, new JsonObject { ["ok"] = false, ["error"] = error });
}
