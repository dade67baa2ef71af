using System.Text.Json.Serialization;

namespace JobFrame.LoadTest;

/// <summary>The driver's JSON: activities out (Bot Framework camelCase) and the report.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LoadActivity))]
[JsonSerializable(typeof(LoadReport))]
[JsonSerializable(typeof(SaturationReport))]
internal sealed partial class LoadJsonContext : JsonSerializerContext;
