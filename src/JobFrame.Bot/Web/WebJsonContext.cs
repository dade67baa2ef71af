using System.Text.Json.Serialization;

namespace JobFrame.Bot.Web;

/// <summary>The web face's JSON: camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ReadinessReport))]
public sealed partial class WebJsonContext : JsonSerializerContext;
