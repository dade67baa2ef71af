namespace JobFrame.Cards.Actions;

/// <summary>Which Adaptive Card action carries the bot-bound buttons of a card.</summary>
public enum BotActionKind
{
    /// <summary>Action.Submit: Teams chats with the bot and Bot Framework Web Chat.</summary>
    Submit,

    /// <summary>
    /// Action.Execute (Universal Actions): cards a message extension inserted into chats where the bot is not a
    /// member, which only an invoke can reach.
    /// </summary>
    Execute,
}
