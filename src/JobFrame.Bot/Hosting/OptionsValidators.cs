using JobFrame.Bot.Engine;
using JobFrame.Bot.Http;
using JobFrame.Bot.SharedState;
using JobFrame.Bot.Slack;
using JobFrame.Bot.Slack.SocketMode;
using JobFrame.Bot.Teams.Hosting;
using Microsoft.Extensions.Options;

namespace JobFrame.Bot.Hosting;

// The settings' [Required] and [Range] attributes checked by code generated at build time (the options validation
// source generator), where ValidateDataAnnotations() reads them through reflection at start, which a trimmed or native
// build cannot keep. Each is registered as the options type's IValidateOptions beside its other checks.

/// <summary>Checks <see cref="BotFrameworkOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class BotFrameworkOptionsAnnotations : IValidateOptions<BotFrameworkOptions>;

/// <summary>Checks <see cref="SlackOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class SlackOptionsAnnotations : IValidateOptions<SlackOptions>;

/// <summary>Checks <see cref="ChatRateLimitOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class ChatRateLimitOptionsAnnotations : IValidateOptions<ChatRateLimitOptions>;

/// <summary>Checks <see cref="CanonOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class CanonOptionsAnnotations : IValidateOptions<CanonOptions>;

/// <summary>Checks <see cref="UnresolvedLogOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class UnresolvedLogOptionsAnnotations : IValidateOptions<UnresolvedLogOptions>;

/// <summary>Checks <see cref="OutboundResilienceOptions"/>'s data annotations; its durations are checked by <see cref="OutboundResilienceOptionsValidator"/>.</summary>
[OptionsValidator]
internal sealed partial class OutboundResilienceOptionsAnnotations : IValidateOptions<OutboundResilienceOptions>;

/// <summary>Checks <see cref="RedisOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class RedisOptionsAnnotations : IValidateOptions<RedisOptions>;

/// <summary>Checks <see cref="SlackSocketModeOptions"/>'s data annotations.</summary>
[OptionsValidator]
internal sealed partial class SlackSocketModeOptionsAnnotations : IValidateOptions<SlackSocketModeOptions>;
