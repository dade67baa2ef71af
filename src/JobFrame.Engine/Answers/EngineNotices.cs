namespace JobFrame.Engine.Answers;

/// <summary>The bot's own fixed sentences for situations that are not about the canon.</summary>
public static class EngineNotices
{
    public const string TooLong = "That message is too long for me. Ask about one title at a time, for example \"goals for Senior ML Engineer\".";

    public const string AskWhichTitle = "Which title or level do you mean? For example \"level P3\" or \"level Senior ML Engineer\".";

    public const string AskTwoLevels = "Name two levels to compare, for example \"compare P3 and P4\".";

    public const string UnknownAction = "That button is from an older card or was not recognised. Here is what I can do.";

    public const string NotARole = "That profile has no taxonomy role page; here are its goal frames instead.";
}
