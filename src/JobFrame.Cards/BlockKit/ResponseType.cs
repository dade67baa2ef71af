using System.Text.Json.Serialization;

namespace JobFrame.Cards.BlockKit;

/// <summary>Who sees a slash-command or response_url reply; <c>Default</c> is omitted (Slack then replies ephemerally).</summary>
[JsonConverter(typeof(SlackEnumConverter<ResponseType>))]
public enum ResponseType
{
    Default = 0,
    Ephemeral,
    InChannel,
}
