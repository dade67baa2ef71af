namespace JobFrame.Bot.Slack.Schema;

/// <summary>What every Web API method answers: <c>ok</c>, and an error code when it is false.</summary>
/// <remarks>See https://docs.slack.dev/apis/web-api/#responses.</remarks>
public class SlackApiResponse
{
    public bool Ok { get; init; }
    public string? Error { get; init; }
    public string? Warning { get; init; }
}
