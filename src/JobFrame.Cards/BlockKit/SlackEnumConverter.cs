using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobFrame.Cards.BlockKit;

/// <summary>Writes Block Kit enums as Slack spells them: snake_case strings ("in_channel").</summary>
internal sealed class SlackEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
