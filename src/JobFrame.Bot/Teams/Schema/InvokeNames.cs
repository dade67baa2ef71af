namespace JobFrame.Bot.Teams.Schema;

/// <summary>The <c>name</c> of the invoke activities the bot answers.</summary>
public static class InvokeNames
{
    /// <summary>An Action.Execute (Universal Action) on one of the bot's cards.</summary>
    public const string AdaptiveCardAction = AdaptiveCardInvokeValue.InvokeName;

    /// <summary>The user's answer to a file consent card.</summary>
    public const string FileConsent = "fileConsent/invoke";

    /// <summary>A search typed into the message extension ("Find a level").</summary>
    public const string ComposeExtensionQuery = "composeExtension/query";

    /// <summary>A tap on one of the search results' previews.</summary>
    public const string ComposeExtensionSelectItem = "composeExtension/selectItem";
}
