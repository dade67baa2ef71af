using System.Text.Json.Serialization;

namespace JobFrame.Cards.BlockKit;

/// <summary>The Block Kit dialect: snake_case names, enums as Slack's strings, and nothing written for a property left at its default.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(BlockKitMessage))]
[JsonSerializable(typeof(ModalView))]
// Every type behind a "type" discriminator, for the converters that write and read them by it.
[JsonSerializable(typeof(HeaderBlock))]
[JsonSerializable(typeof(SectionBlock))]
[JsonSerializable(typeof(ContextBlock))]
[JsonSerializable(typeof(DividerBlock))]
[JsonSerializable(typeof(ActionsBlock))]
[JsonSerializable(typeof(InputBlock))]
[JsonSerializable(typeof(ButtonElement))]
[JsonSerializable(typeof(PlainTextInputElement))]
[JsonSerializable(typeof(DatePickerElement))]
[JsonSerializable(typeof(ConversationsSelectElement))]
[JsonSerializable(typeof(PlainText))]
[JsonSerializable(typeof(Mrkdwn))]
public sealed partial class BlockKitJsonContext : JsonSerializerContext;
