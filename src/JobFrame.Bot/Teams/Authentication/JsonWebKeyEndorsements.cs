namespace JobFrame.Bot.Teams.Authentication;

/// <summary>
/// One key of a JWKS document as far as endorsements go: Bot Framework keys list the channels
/// (<c>msteams</c>, <c>webchat</c> ...) each key may sign for.
/// </summary>
internal sealed class JsonWebKeyEndorsements
{
    public string? Kid { get; set; }

    public IList<string>? Endorsements { get; set; }
}
