using System.Text.Json.Serialization;

namespace JobFrame.Cards.BlockKit;

/// <summary>The Block Kit dialect: snake_case names, enums as Slack's strings, and nothing written for a property left at its default.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(BlockKitMessage))]
[JsonSerializable(typeof(ModalView))]
public sealed partial class BlockKitJsonContext : JsonSerializerContext;
