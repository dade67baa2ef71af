using System.Text.Json.Serialization;

namespace JobFrame.Cli;

/// <summary>The one object `jobframe resolve --json` prints.</summary>
public sealed record ResolutionJson(
    string Query,
    string State,
    MatchJson? Match,
    decimal Confidence,
    string Evidence,
    IReadOnlyList<CandidateJson> Candidates);

/// <summary>The confident match of <see cref="ResolutionJson"/>.</summary>
public sealed record MatchJson(string Code, string Title, string Family, string Level, string LevelName);

/// <summary>A ranked candidate of <see cref="ResolutionJson"/>.</summary>
public sealed record CandidateJson(string Code, string Title, string Level, decimal Confidence);

/// <summary>Source-generated JSON for the CLI's output: camelCase, nulls written (a missing match is `null`).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ResolutionJson))]
[JsonSerializable(typeof(JobFrame.Engine.Answers.UnresolvedQuery))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
