using System.Text.Json.Serialization;

namespace JobFrame.Cards.AdaptiveCards;

/// <summary>
/// The Adaptive Card dialect: camelCase names, enums as the schema's strings, and nothing written for a
/// property left at its default, so a card carries only what was set.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(CardActionData))]
public sealed partial class AdaptiveCardJsonContext : JsonSerializerContext;
