using System.Text.Json.Serialization;

namespace JobFrame.Bot.Teams.Authentication;

/// <summary>
/// The JOSE dialect of key sets: snake_case names (<c>kid</c>, <c>x5t</c>); numbers may come as strings.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(JsonWebKeySetEndorsements))]
internal sealed partial class OAuthJsonContext : JsonSerializerContext;
