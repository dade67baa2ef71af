using System.Text.Json.Serialization;

namespace JobFrame.Bot.Slack.Schema;

/// <summary>What Slack does with a modal after its submission is answered.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ViewSubmissionResponseAction>))]
public enum ViewSubmissionResponseAction
{
    /// <summary>Keep the modal open and show messages under the named blocks.</summary>
    [JsonStringEnumMemberName("errors")]
    Errors,

    /// <summary>Replace the modal's content.</summary>
    [JsonStringEnumMemberName("update")]
    Update,

    /// <summary>Push a new view onto the modal stack.</summary>
    [JsonStringEnumMemberName("push")]
    Push,

    /// <summary>Close every view of the modal.</summary>
    [JsonStringEnumMemberName("clear")]
    Clear,
}
