using System.Text.Json.Nodes;
using JobFrame.Cards.BlockKit;
using JobFrame.Cards.Rendering;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Tests.Slack.Handlers;

/// <summary>Slack's Block Kit limits, checked on the JSON the bot actually sent.</summary>
internal static class BlockKitSizes
{
    public static int Of(Answer answer) => BlockKitSerializer.Serialize(BlockKitRenderer.Render(answer)).Length;

    public static void AssertWithinMessageLimits(JsonNode message)
    {
        var blocks = SlackBotWire.Blocks(message).ToList();
        Assert.InRange(blocks.Count, 1, SlackLimits.MessageBlocks);
        Assert.InRange(((string?)message["text"] ?? "").Length, 1, SlackLimits.MessageTextLength);
        foreach (var block in blocks)
        {
            AssertBlock(block);
        }
    }

    public static void AssertWithinModalLimits(JsonNode view)
    {
        var blocks = SlackBotWire.Blocks(view).ToList();
        Assert.InRange(blocks.Count, 1, SlackLimits.ModalBlocks);
        Assert.InRange(((string?)view["title"]?["text"] ?? "").Length, 1, SlackLimits.ViewTitleLength);
        Assert.InRange(((string?)view["private_metadata"] ?? "").Length, 0, SlackLimits.PrivateMetadataLength);
        foreach (var block in blocks)
        {
            AssertBlock(block);
        }
    }

    private static void AssertBlock(JsonObject block)
    {
        Assert.InRange(((string?)block["block_id"] ?? "").Length, 0, SlackLimits.BlockIdLength);
        switch ((string?)block["type"])
        {
            case "header":
                Assert.InRange(Text(block["text"]).Length, 1, SlackLimits.HeaderTextLength);
                break;
            case "section":
                Assert.InRange(Text(block["text"]).Length, 0, SlackLimits.SectionTextLength);
                var fields = block["fields"]?.AsArray() ?? [];
                Assert.InRange(fields.Count, 0, SlackLimits.SectionFields);
                Assert.All(fields, f => Assert.InRange(Text(f).Length, 1, SlackLimits.SectionFieldLength));
                break;
            case "context":
                var elements = block["elements"]!.AsArray();
                Assert.InRange(elements.Count, 1, SlackLimits.ContextElements);
                Assert.All(elements, e => Assert.InRange(Text(e).Length, 1, SlackLimits.ContextTextLength));
                break;
            case "actions":
                var buttons = block["elements"]!.AsArray();
                Assert.InRange(buttons.Count, 1, SlackLimits.ActionsElements);
                foreach (var button in buttons)
                {
                    Assert.InRange(Text(button!["text"]).Length, 1, SlackLimits.ButtonTextLength);
                    Assert.InRange(((string?)button["value"] ?? "").Length, 0, SlackLimits.ButtonValueLength);
                    Assert.InRange(((string?)button["action_id"] ?? "").Length, 1, SlackLimits.ActionIdLength);
                }

                break;
            case "input":
                Assert.InRange(Text(block["label"]).Length, 1, SlackLimits.InputLabelLength);
                Assert.InRange(((string?)block["element"]?["action_id"] ?? "").Length, 1, SlackLimits.ActionIdLength);
                break;
        }
    }

    private static string Text(JsonNode? textObject) => (string?)textObject?["text"] ?? "";
}
