using JobFrame.Cards.BlockKit;

namespace JobFrame.Cards.Tests.Rendering;

/// <summary>Walks a Block Kit message or modal and lists every Slack limit it breaks, one line per breach.</summary>
internal static class SlackLimitWalker
{
    public static List<string> Breaches(BlockKitMessage message)
    {
        var breaches = new List<string>();
        var blocks = message.Blocks ?? [];
        Check(breaches, blocks.Count <= SlackLimits.MessageBlocks, $"{blocks.Count} blocks in a message");
        Check(breaches, message.Text.Length <= SlackLimits.MessageTextLength, "message text too long");
        WalkBlocks(breaches, blocks);
        return breaches;
    }

    public static List<string> Breaches(ModalView view)
    {
        var breaches = new List<string>();
        Check(breaches, view.Blocks.Count <= SlackLimits.ModalBlocks, $"{view.Blocks.Count} blocks in a modal");
        Check(breaches, view.Title.Text.Length <= SlackLimits.ViewTitleLength, $"modal title '{view.Title.Text}'");
        Check(breaches, (view.PrivateMetadata?.Length ?? 0) <= SlackLimits.PrivateMetadataLength, "private_metadata too long");
        WalkBlocks(breaches, view.Blocks);
        return breaches;
    }

    private static void WalkBlocks(List<string> breaches, IList<Block> blocks)
    {
        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            var at = $"block {i}";
            var block = blocks[i];
            if (block.BlockId is { } id)
            {
                Check(breaches, id.Length <= SlackLimits.BlockIdLength, $"{at}: block_id length {id.Length}");
                Check(breaches, blockIds.Add(id), $"{at}: block_id '{id}' repeated");
            }

            switch (block)
            {
                case HeaderBlock header:
                    Check(breaches, header.Text.Text.Length <= SlackLimits.HeaderTextLength, $"{at}: header length {header.Text.Text.Length}");
                    break;
                case SectionBlock section:
                    Check(breaches, section.Text is not null || section.Fields is { Count: > 0 }, $"{at}: section without text or fields");
                    Check(breaches, (section.Text?.Text.Length ?? 0) <= SlackLimits.SectionTextLength, $"{at}: section text length {section.Text?.Text.Length}");
                    Check(breaches, (section.Fields?.Count ?? 0) <= SlackLimits.SectionFields, $"{at}: {section.Fields?.Count} fields");
                    foreach (var field in section.Fields ?? [])
                    {
                        Check(breaches, field.Text.Length <= SlackLimits.SectionFieldLength, $"{at}: field length {field.Text.Length}");
                    }

                    break;
                case ContextBlock context:
                    Check(breaches, context.Elements.Count <= SlackLimits.ContextElements, $"{at}: {context.Elements.Count} context elements");
                    foreach (var element in context.Elements)
                    {
                        Check(breaches, element.Text.Length <= SlackLimits.ContextTextLength, $"{at}: context text length {element.Text.Length}");
                    }

                    break;
                case ActionsBlock actions:
                    Check(breaches, actions.Elements.Count <= SlackLimits.ActionsElements, $"{at}: {actions.Elements.Count} elements");
                    var actionIds = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var element in actions.Elements)
                    {
                        WalkElement(breaches, at, element);
                        Check(breaches, element.ActionId is null || actionIds.Add(element.ActionId), $"{at}: action_id '{element.ActionId}' repeated");
                    }

                    break;
                case InputBlock input:
                    Check(breaches, input.Label.Text.Length <= SlackLimits.InputLabelLength, $"{at}: label length");
                    WalkElement(breaches, at, input.Element);
                    break;
            }
        }
    }

    private static void WalkElement(List<string> breaches, string at, BlockElement element)
    {
        Check(breaches, (element.ActionId?.Length ?? 0) <= SlackLimits.ActionIdLength, $"{at}: action_id length");
        if (element is ButtonElement button)
        {
            Check(breaches, button.Text.Text.Length <= SlackLimits.ButtonTextLength, $"{at}: button text '{button.Text.Text}'");
            Check(breaches, (button.Value?.Length ?? 0) <= SlackLimits.ButtonValueLength, $"{at}: button value length {button.Value?.Length}");
        }

        if (element is PlainTextInputElement { Placeholder: { } placeholder })
        {
            Check(breaches, placeholder.Text.Length <= SlackLimits.PlaceholderLength, $"{at}: placeholder length");
        }
    }

    private static void Check(List<string> breaches, bool ok, string breach)
    {
        if (!ok)
        {
            breaches.Add(breach);
        }
    }
}
