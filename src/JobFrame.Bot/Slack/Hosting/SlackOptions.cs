using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Slack.Hosting;

/// <summary>
/// The <c>Slack</c> configuration section. Slack is off when <see cref="SigningSecret"/> is absent;
/// with a secret but no <see cref="BotToken"/>, slash commands work and Web API features say they are not configured.
/// </summary>
public sealed class SlackOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Slack";

    /// <summary>The app's signing secret (Basic Information → App Credentials).</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The bot user OAuth token (<c>xoxb-…</c>) used for Web API calls.</summary>
    public string? BotToken { get; set; }

    /// <summary>The Web API base address; tests point it at a local stand-in.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>The bot's own user id, when known; its messages are never answered.</summary>
    public string? BotUserId { get; set; }

    /// <summary>Request bodies larger than this are refused with 413 before any parsing.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How far a request timestamp may be from now, in either direction (Slack asks for five minutes).</summary>
    [Range(1, 300)]
    public int TimestampToleranceSeconds { get; set; } = 300;

    /// <summary>How many event replies may wait for the background worker before new events are refused with 503.</summary>
    [Range(1, 10_000)]
    public int EventQueueCapacity { get; set; } = 256;

    /// <summary>Replies sent at once, each conversation's in order: one slow conversation holds one worker, not every reply.</summary>
    [Range(1, 64)]
    public int ReplyWorkers { get; set; } = 8;

    /// <summary>Whether the Slack endpoints are served at all.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(SigningSecret);

    /// <summary>Whether Web API calls (chat.postMessage, views.open, files) can be made.</summary>
    public bool HasBotToken => !string.IsNullOrWhiteSpace(BotToken);
}

/// <summary>Checks <see cref="SlackOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class SlackOptionsAnnotations : IValidateOptions<SlackOptions>;
