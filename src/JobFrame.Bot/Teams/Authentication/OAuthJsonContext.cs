using System.Text.Json.Serialization;

namespace JobFrame.Bot.Teams.Authentication;

/// <summary>
/// The OAuth / JOSE dialect: snake_case names (<c>access_token</c>, <c>expires_in</c>, <c>kid</c>); numbers may
/// come as strings because the managed identity endpoint sends <c>expires_in</c> that way.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(JsonWebKeySetEndorsements))]
[JsonSerializable(typeof(TokenResponse))]
internal sealed partial class OAuthJsonContext : JsonSerializerContext;
