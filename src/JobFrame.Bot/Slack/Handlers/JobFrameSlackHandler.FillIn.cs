using JobFrame.Bot.Slack.Schema;
using JobFrame.Cards.Actions;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;
using JobFrame.Engine.Exports;
using JobFrame.Engine.Frames;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>The fill-in form: opened from a goals answer's button, submitted as an export of the values typed into it.</summary>
internal sealed partial class JobFrameSlackHandler
{
    private const string FillCallbackPrefix = CardVerbs.Fill + ".";

    private async Task OpenFillInAsync(BlockActionsPayload payload, SlackReplyTarget target, CardActionData data, CancellationToken ct)
    {
        if (!web.IsConfigured)
        {
            Log.BotTokenMissing(logger, "fill-in form");
            Notify(target, SlackBotWords.BotTokenMissing);
            return;
        }

        var request = CardActionReader.Read(data);
        if (engine.Act(request) is not GoalsAnswer goals || target.Channel is null || string.IsNullOrEmpty(payload.TriggerId))
        {
            Notify(target, SlackBotWords.CouldNotAnswer);
            return;
        }

        var frame = request.Frame is { } asked && goals.Frames.Find(asked) is not null ? asked : goals.Frames.Frames[0].Kind;
        var metadata = new FillInMetadata
        {
            Channel = target.Channel,
            ThreadTs = target.ThreadTs,
            ProfileCode = goals.Profile.Code,
            Frame = frame.Key(),
            Private = target.IsPrivate,
            ResponseUrl = target.IsPrivate ? target.ResponseUrl?.AbsoluteUri : null,
        };
        var view = BlockKitRenderer.FillInModal(goals, frame, metadata.Write());

        // The trigger_id lives three seconds: the modal opens now, not from the background queue.
        await web.OpenViewAsync(new ViewsOpenRequest { TriggerId = payload.TriggerId, View = SlackAnswerMessages.View(view) }, ct);
    }

    private ViewSubmissionResponse? SubmitFillIn(ViewSubmissionPayload payload)
    {
        var view = payload.View;
        if (view.CallbackId?.StartsWith(FillCallbackPrefix, StringComparison.Ordinal) != true)
        {
            Log.SubmissionIgnored(logger, "not a fill-in form of this bot");
            return null;
        }

        var metadata = FillInMetadata.Read(view.PrivateMetadata);
        if (metadata is null || !FrameKinds.TryParse(metadata.Frame, out var frame))
        {
            Log.SubmissionIgnored(logger, "the form does not say where its export goes");
            return SlackAnswerMessages.SorryView();
        }

        var (fills, errors) = FillInValues.Read(view.State);
        if (errors.Count > 0)
        {
            return ViewSubmissionResponse.WithErrors(errors);
        }

        var format = ExportFormats.TryParse(metadata.Format, out var parsed) ? parsed : ExportFormat.Text;
        var answer = engine.Act(new ActionRequest(ActionVerb.Export, metadata.ProfileCode, Frame: frame, Format: format, Fills: fills));
        // A form opened from a private answer sends its export, with the values typed into it, only to its user.
        var responseUrl = metadata.Private && Uri.TryCreate(metadata.ResponseUrl, UriKind.Absolute, out var url) ? url : null;
        Deliver(new SlackReplyTarget(metadata.Channel, metadata.ThreadTs, responseUrl, metadata.Private, payload.User?.Id), answer, null);
        return null;
    }
}
