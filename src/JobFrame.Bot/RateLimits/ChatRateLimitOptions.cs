using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.RateLimits;

/// <summary>
/// How many questions one person, and one conversation, may ask per minute before the bot asks them to slow down.
/// Generous for people, tight for scripts: a manager preparing a 1:1 asks a handful.
/// </summary>
public sealed class ChatRateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 100_000)]
    public int PerUserPerMinute { get; set; } = 30;

    [Range(1, 100_000)]
    public int PerConversationPerMinute { get; set; } = 120;
}

/// <summary>Checks <see cref="ChatRateLimitOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class ChatRateLimitOptionsAnnotations : IValidateOptions<ChatRateLimitOptions>;
