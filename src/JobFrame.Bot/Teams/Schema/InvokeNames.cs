namespace JobFrame.Bot.Teams.Schema;

/// <summary>The <c>name</c> of the invoke activities the bot answers.</summary>
public static class InvokeNames
{
    /// <summary>An Action.Execute (Universal Action) on one of the bot's cards.</summary>
    public const string AdaptiveCardAction = AdaptiveCardInvokeValue.InvokeName;

    /// <summary>The user's answer to a file consent card.</summary>
    public const string FileConsent = "fileConsent/invoke";
}
