using System.Text.Json.Serialization;
using JobFrame.Engine.Answers;

namespace JobFrame.Bot.Canon;

/// <summary>The unresolved-query log's line format: {"at":"…","query":"…","state":"no_match"}.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(UnresolvedQuery))]
internal sealed partial class UnresolvedQueryJsonContext : JsonSerializerContext;
