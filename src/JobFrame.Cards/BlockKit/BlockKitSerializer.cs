using System.Text.Json;

namespace JobFrame.Cards.BlockKit;

/// <summary>Turns Block Kit messages and modal views into the JSON Slack's APIs take.</summary>
public static class BlockKitSerializer
{
    private static readonly BlockKitJsonContext s_indented = new(new JsonSerializerOptions(BlockKitJsonContext.Default.Options)
    {
        WriteIndented = true,
    });

    public static string Serialize(BlockKitMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return JsonSerializer.Serialize(message, BlockKitJsonContext.Default.BlockKitMessage);
    }

    public static string Serialize(ModalView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return JsonSerializer.Serialize(view, BlockKitJsonContext.Default.ModalView);
    }

    /// <summary>Indented, for golden files and the CLI.</summary>
    public static string SerializeIndented(BlockKitMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return JsonSerializer.Serialize(message, s_indented.BlockKitMessage);
    }

    /// <summary>Indented, for golden files and the CLI.</summary>
    public static string SerializeIndented(ModalView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return JsonSerializer.Serialize(view, s_indented.ModalView);
    }

    public static BlockKitMessage DeserializeMessage(string json) =>
        JsonSerializer.Deserialize(json, BlockKitJsonContext.Default.BlockKitMessage)
        ?? throw new JsonException("The JSON holds null, not a Block Kit message.");

    public static ModalView DeserializeModal(string json) =>
        JsonSerializer.Deserialize(json, BlockKitJsonContext.Default.ModalView)
        ?? throw new JsonException("The JSON holds null, not a modal view.");
}
