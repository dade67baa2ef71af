namespace JobFrame.Cards.BlockKit;

/// <summary>
/// Slack's documented Block Kit limits. Slack refuses a whole message or view that breaks any of them, so the
/// renderers split or summarise an answer instead of sending it. Lengths count characters.
/// </summary>
public static class SlackLimits
{
    public const int MessageBlocks = 50;
    public const int ModalBlocks = 100;
    public const int MessageTextLength = 40_000;
    public const int SectionTextLength = 3_000;
    public const int SectionFields = 10;
    public const int SectionFieldLength = 2_000;
    public const int HeaderTextLength = 150;
    public const int ContextElements = 10;
    public const int ContextTextLength = 3_000;
    public const int ActionsElements = 25;
    public const int ButtonTextLength = 75;
    public const int ButtonValueLength = 2_000;
    public const int ActionIdLength = 255;
    public const int BlockIdLength = 255;
    public const int InputLabelLength = 2_000;
    public const int InputHintLength = 2_000;
    public const int PlaceholderLength = 150;
    public const int PlainTextInputMaxLength = 3_000;
    public const int ViewTitleLength = 24;
    public const int ViewButtonTextLength = 24;
    public const int CallbackIdLength = 255;
    public const int PrivateMetadataLength = 3_000;
}
