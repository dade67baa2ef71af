using System.Text.Json.Serialization;

namespace JobFrame.Bot.Slack.Schema;

/// <summary>Who sees a slash-command or response_url message.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SlackResponseType>))]
public enum SlackResponseType
{
    /// <summary>Only the user who asked.</summary>
    [JsonStringEnumMemberName("ephemeral")]
    Ephemeral,

    /// <summary>Everyone in the conversation.</summary>
    [JsonStringEnumMemberName("in_channel")]
    InChannel,
}
