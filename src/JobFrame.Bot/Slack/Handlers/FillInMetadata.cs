using System.Text.Json;
using JobFrame.Bot.Slack.Schema;

namespace JobFrame.Bot.Slack.Handlers;

/// <summary>
/// The fill-in modal's <c>private_metadata</c>: where the finished export goes and what it is of. The bot keeps no
/// state, so the submission carries all of it back.
/// </summary>
public sealed class FillInMetadata
{
    /// <summary>The conversation the finished export is posted to.</summary>
    public required string Channel { get; init; }

    /// <summary>The thread in that conversation, if the button was in one.</summary>
    public string? ThreadTs { get; init; }

    /// <summary>The canon profile the form fills in.</summary>
    public required string ProfileCode { get; init; }

    /// <summary>The frame key ("smart", "okr", "mbo", "scorecard").</summary>
    public required string Frame { get; init; }

    /// <summary>
    /// True when the form was opened from a private answer (ephemeral or in a modal): the finished export then goes
    /// only to the person who submits it, never to <see cref="Channel"/>.
    /// </summary>
    public bool Private { get; init; }

    /// <summary>The response_url of the private answer the form was opened from (valid 30 minutes), if any.</summary>
    public string? ResponseUrl { get; init; }

    /// <summary>The export format key; text unless the opening button said otherwise.</summary>
    public string Format { get; init; } = "text";

    /// <summary>The metadata as the JSON the modal carries.</summary>
    public string Write() => JsonSerializer.Serialize(this, SlackJsonContext.Default.FillInMetadata);

    /// <summary>The metadata, or null when the text is not metadata this bot wrote.</summary>
    internal static FillInMetadata? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(text, SlackJsonContext.Default.FillInMetadata);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
