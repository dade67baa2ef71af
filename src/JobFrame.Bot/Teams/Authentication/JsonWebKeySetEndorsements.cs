namespace JobFrame.Bot.Teams.Authentication;

/// <summary>A JWKS document read only for the endorsements of its keys.</summary>
internal sealed class JsonWebKeySetEndorsements
{
    public IList<JsonWebKeyEndorsements>? Keys { get; set; }
}
