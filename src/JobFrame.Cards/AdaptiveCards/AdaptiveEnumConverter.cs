using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>Writes Adaptive Card enums as the schema spells them: camelCase strings ("extraLarge").</summary>
internal sealed class AdaptiveEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
