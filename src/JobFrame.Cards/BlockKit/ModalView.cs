namespace JobFrame.Cards.BlockKit;

/// <summary>A modal for views.open, views.update and views.push. See https://api.slack.com/reference/surfaces/views.</summary>
public sealed class ModalView
{
    public string Type => "modal";

    /// <summary>At most <see cref="SlackLimits.ViewTitleLength"/> characters.</summary>
    public required PlainText Title { get; init; }

    /// <summary>At most <see cref="SlackLimits.ModalBlocks"/> blocks.</summary>
    public required IList<Block> Blocks { get; init; }

    /// <summary>Required by Slack when the view holds input blocks.</summary>
    public PlainText? Submit { get; init; }

    public PlainText? Close { get; init; }

    public string? CallbackId { get; init; }

    /// <summary>Carries the action's context back on submission, so no server state is needed; at most <see cref="SlackLimits.PrivateMetadataLength"/> characters.</summary>
    public string? PrivateMetadata { get; init; }

    public string? ExternalId { get; init; }

    public bool ClearOnClose { get; init; }

    public bool NotifyOnClose { get; init; }
}
