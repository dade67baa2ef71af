using System.Text.Json.Serialization;
using JobFrame.Cards.Actions;

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
// Every type behind a "type" discriminator, for the converters that write and read them by it.
[JsonSerializable(typeof(TextBlock))]
[JsonSerializable(typeof(RichTextBlock))]
[JsonSerializable(typeof(FactSet))]
[JsonSerializable(typeof(Container))]
[JsonSerializable(typeof(ColumnSet))]
[JsonSerializable(typeof(ActionSet))]
[JsonSerializable(typeof(InputText))]
[JsonSerializable(typeof(InputDate))]
[JsonSerializable(typeof(ActionSubmit))]
[JsonSerializable(typeof(ActionExecute))]
[JsonSerializable(typeof(ActionShowCard))]
[JsonSerializable(typeof(ActionToggleVisibility))]
[JsonSerializable(typeof(ActionOpenUrl))]
public sealed partial class AdaptiveCardJsonContext : JsonSerializerContext;
