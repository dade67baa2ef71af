using JobFrame.Bot.Http;
using JobFrame.Bot.Slack.Hosting;
using JobFrame.Bot.Slack.Schema;
using JobFrame.Bot.Slack.WebApi;
using System.Globalization;
using System.Text;
using System.Text.Json;
using JobFrame.Cards.BlockKit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JobFrame.Bot.Tests.Slack;

/// <summary>
/// A stand-in for the bot's logic: it records what it was given and answers through the protocol layer's seams
/// the way the real handler will (reply in thread, share via response_url, open the modal, upload, validate).
/// </summary>
internal sealed class RecordingSlackHandler(HandlerJournal journal, ISlackWebApi web, ISlackBackgroundQueue queue) : ISlackHandler
{
    public const string ShareAction = "share_in_channel";
    public const string OpenFillInAction = "open_fill_in";
    public const string ExportCsvAction = "export_csv";
    public const string DueDateBlock = "due_date";
    public const string DueDateInput = "due_date_input";

    public Task<SlackMessage> OnSlashCommandAsync(SlashCommand command, CancellationToken ct)
    {
        journal.Commands.Enqueue(command);
        return Task.FromResult(new SlackMessage { Text = "You asked: " + Mrkdwn.Escape(command.Text) });
    }

    public async Task OnMessageEventAsync(SlackEvent message, CancellationToken ct)
    {
        journal.MessageEvents.Enqueue(message);
        journal.EventStarted(message);
        try
        {
            if (journal.Gate is { } gate)
            {
                await gate.Task;
            }

            await web.PostMessageAsync(
                new ChatPostMessageRequest
                {
                    Channel = message.Channel!,
                    ThreadTs = message.ReplyThreadTs,
                    Text = "Answer to: " + Mrkdwn.Escape(message.Text ?? ""),
                },
                ct);
        }
        finally
        {
            journal.EventHandled(message);
        }
    }

    public async Task OnBlockActionsAsync(BlockActionsPayload payload, CancellationToken ct)
    {
        journal.Interactions.Enqueue(payload);
        var action = payload.Actions[0];
        switch (action.ActionId)
        {
            case ShareAction:
                await web.RespondAsync(payload.ResponseUrl!, new SlackMessage { ResponseType = SlackResponseType.InChannel, Text = action.Value }, ct);
                return;
            case OpenFillInAction:
                var view = Fixtures.Json("fill-in-view.json");
                view["private_metadata"] = payload.Channel!.Id;
                await web.OpenViewAsync(new ViewsOpenRequest { TriggerId = payload.TriggerId!, View = JsonPayload.From(JsonSerializer.SerializeToElement(view)) }, ct);
                return;
            case ExportCsvAction:
                var channel = payload.Channel!.Id;
                var dueDate = payload.State?.Find(DueDateBlock, DueDateInput)?.SelectedDate ?? "";
                var csv = Encoding.UTF8.GetBytes("goal,due\r\nShip the ranking model," + dueDate + "\r\n");
                queue.TryEnqueue("export", (services, token) =>
                    services.GetRequiredService<ISlackWebApi>().UploadFileAsync(channel, payload.Container?.ThreadTs, "goals.csv", csv, "Goals", token));
                return;
            default:
                // An action this stand-in does not know: acknowledged, as the real handler does.
                return;
        }
    }

    public async Task<ViewSubmissionResponse?> OnViewSubmissionAsync(ViewSubmissionPayload payload, CancellationToken ct)
    {
        journal.Interactions.Enqueue(payload);
        var dueDate = payload.View.State?.Find(DueDateBlock, DueDateInput)?.SelectedDate;
        if (!DateOnly.TryParseExact(dueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return ViewSubmissionResponse.WithErrors(new Dictionary<string, string> { [DueDateBlock] = "Use a date like 2026-03-31." });
        }

        await web.PostMessageAsync(new ChatPostMessageRequest { Channel = payload.View.PrivateMetadata!, Text = "Due " + dueDate }, ct);
        return null;
    }

    public Task OnShortcutAsync(ShortcutPayload payload, CancellationToken ct)
    {
        journal.Interactions.Enqueue(payload);
        return Task.CompletedTask;
    }
}
