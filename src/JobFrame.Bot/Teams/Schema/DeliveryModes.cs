namespace JobFrame.Bot.Teams.Schema;

/// <summary>The activity <c>deliveryMode</c> values.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";

    /// <summary>The caller wants the replies in the HTTP response body instead of posted to the connector.</summary>
    public const string ExpectReplies = "expectReplies";
}
