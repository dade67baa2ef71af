using JobFrame.Cards.BlockKit;

namespace JobFrame.Cards.Tests.BlockKit;

/// <summary>The exact JSON of small messages and modals: snake_case names, type discriminators, defaults left out.</summary>
public sealed class BlockKitJsonShapeTests
{
    [Fact]
    public void Message_WritesSnakeCaseNamesAndLeavesOutUnsetFields()
    {
        var message = new BlockKitMessage
        {
            Text = "Goal templates",
            ResponseType = ResponseType.InChannel,
            ReplaceOriginal = true,
            Blocks =
            [
                new HeaderBlock { Text = "Goal templates" },
                new SectionBlock { BlockId = "facts", Text = new Mrkdwn("*Code*"), Fields = [new PlainText("AIML-P4")] },
                new ContextBlock { Elements = [new Mrkdwn("Source: levels")] },
                new DividerBlock(),
                new ActionsBlock
                {
                    Elements = [new ButtonElement { ActionId = "export", Text = "Export", Value = "AIML-P4", Style = ButtonStyle.Primary }],
                },
            ],
        };

        Assert.Equal(
            """{"text":"Goal templates","blocks":[{"type":"header","text":{"type":"plain_text","text":"Goal templates"}},"""
            + """{"type":"section","block_id":"facts","text":{"type":"mrkdwn","text":"*Code*"},"fields":[{"type":"plain_text","text":"AIML-P4"}]},"""
            + """{"type":"context","elements":[{"type":"mrkdwn","text":"Source: levels"}]},{"type":"divider"},"""
            + """{"type":"actions","elements":[{"type":"button","action_id":"export","text":{"type":"plain_text","text":"Export"},"value":"AIML-P4","style":"primary"}]}"""
            + """],"response_type":"in_channel","replace_original":true}""",
            BlockKitSerializer.Serialize(message));
    }

    [Fact]
    public void Modal_WritesInputsWithTheirLabelsAndPrivateMetadata()
    {
        var view = new ModalView
        {
            Title = "Fill in goals",
            Submit = "Export",
            CallbackId = "goals",
            PrivateMetadata = "AIML-P4",
            Blocks =
            [
                new InputBlock { BlockId = "smart.1.baseline", Label = "Baseline", Element = new PlainTextInputElement { ActionId = "value" }, Optional = true },
                new InputBlock { BlockId = "smart.1.date", Label = "By", Element = new DatePickerElement { ActionId = "value", InitialDate = "2026-12-31" } },
            ],
        };

        Assert.Equal(
            """{"type":"modal","title":{"type":"plain_text","text":"Fill in goals"},"blocks":["""
            + """{"type":"input","block_id":"smart.1.baseline","label":{"type":"plain_text","text":"Baseline"},"element":{"type":"plain_text_input","action_id":"value"},"optional":true},"""
            + """{"type":"input","block_id":"smart.1.date","label":{"type":"plain_text","text":"By"},"element":{"type":"datepicker","action_id":"value","initial_date":"2026-12-31"}}"""
            + """],"submit":{"type":"plain_text","text":"Export"},"callback_id":"goals","private_metadata":"AIML-P4"}""",
            BlockKitSerializer.Serialize(view));
    }

    [Fact]
    public void Message_SurvivesARoundTripUnchanged()
    {
        var message = new BlockKitMessage
        {
            Text = "Share",
            Blocks = [new SectionBlock { Text = new PlainText("Where to?") { Emoji = false }, Accessory = new ConversationsSelectElement { ActionId = "where", DefaultToCurrentConversation = true } }],
        };
        var json = BlockKitSerializer.SerializeIndented(message);

        Assert.Equal(json, BlockKitSerializer.SerializeIndented(BlockKitSerializer.DeserializeMessage(json)));
    }
}
