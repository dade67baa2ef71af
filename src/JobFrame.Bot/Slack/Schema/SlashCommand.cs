using Microsoft.AspNetCore.WebUtilities;

namespace JobFrame.Bot.Slack.Schema;

/// <summary>
/// A slash command invocation, as Slack posts it (application/x-www-form-urlencoded).
/// </summary>
/// <remarks>See https://docs.slack.dev/interactivity/implementing-slash-commands.</remarks>
public sealed class SlashCommand
{
    public string? TeamId { get; init; }
    public string? TeamDomain { get; init; }
    public string? EnterpriseId { get; init; }
    public string? ChannelId { get; init; }
    public string? ChannelName { get; init; }
    public string? UserId { get; init; }
    public string? UserName { get; init; }
    public string Command { get; init; } = "";

    /// <summary>Everything the user typed after the command, as typed (escape it before echoing it in mrkdwn).</summary>
    public string Text { get; init; } = "";

    public Uri? ResponseUrl { get; init; }
    public string? TriggerId { get; init; }
    public string? ApiAppId { get; init; }

    /// <summary>Slack checking the certificate of the command URL; it wants a 200 and nothing else.</summary>
    public bool IsSslCheck { get; init; }

    /// <summary>Parses Slack's form body.</summary>
    public static SlashCommand Parse(string formBody)
    {
        var form = QueryHelpers.ParseQuery(formBody);
        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;

        return new SlashCommand
        {
            TeamId = Field("team_id"),
            TeamDomain = Field("team_domain"),
            EnterpriseId = Field("enterprise_id"),
            ChannelId = Field("channel_id"),
            ChannelName = Field("channel_name"),
            UserId = Field("user_id"),
            UserName = Field("user_name"),
            Command = Field("command") ?? "",
            Text = Field("text") ?? "",
            ResponseUrl = Uri.TryCreate(Field("response_url"), UriKind.Absolute, out var url) ? url : null,
            TriggerId = Field("trigger_id"),
            ApiAppId = Field("api_app_id"),
            IsSslCheck = Field("ssl_check") == "1",
        };
    }
}
