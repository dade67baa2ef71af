using JobFrame.Bot.Http;

namespace JobFrame.Bot.Slack.Schema;

/// <summary>The HTTP answer to a <c>view_submission</c>; no body at all simply closes the modal.</summary>
/// <remarks>See https://docs.slack.dev/surfaces/modals#updating_response.</remarks>
public sealed class ViewSubmissionResponse
{
    public ViewSubmissionResponseAction ResponseAction { get; init; }

    /// <summary>With <see cref="ViewSubmissionResponseAction.Errors"/>: the message for each invalid input, keyed by block_id.</summary>
    public IReadOnlyDictionary<string, string>? Errors { get; init; }

    /// <summary>With update or push: the new view, rendered elsewhere.</summary>
    public JsonPayload? View { get; init; }

    /// <summary>Keeps the modal open with a message under each named block.</summary>
    public static ViewSubmissionResponse WithErrors(IReadOnlyDictionary<string, string> errorsByBlockId) =>
        new() { ResponseAction = ViewSubmissionResponseAction.Errors, Errors = errorsByBlockId };

    /// <summary>Replaces the modal's content with another view.</summary>
    public static ViewSubmissionResponse Update(JsonPayload view) =>
        new() { ResponseAction = ViewSubmissionResponseAction.Update, View = view };

    /// <summary>Closes the whole modal stack.</summary>
    public static ViewSubmissionResponse Clear() => new() { ResponseAction = ViewSubmissionResponseAction.Clear };
}
