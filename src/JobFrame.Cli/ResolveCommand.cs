using System.Text.Encodings.Web;
using System.Text.Json;
using JobFrame.Engine.Commands;
using JobFrame.Engine.Resolution;

namespace JobFrame.Cli;

/// <summary>
/// `jobframe resolve &lt;title&gt; [--json] [--format adaptive-card|block-kit]`: how a title resolves, and why; with a
/// card format, the card the bot answers that title with (its goals, or the candidates, or no match).
/// </summary>
public static class ResolveCommand
{
    // Keep ⟨ ⟩ — ' and the like readable in the JSON instead of \u escapes.
    private static readonly CliJsonContext Json = new(new JsonSerializerOptions(CliJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static int Run(CliContext context)
    {
        if (context.UnknownOption("--json", "--format") is { } unknown)
        {
            return CliApplication.UsageError(context.Error, $"resolve does not take {unknown}");
        }

        var title = context.Arguments.JoinFrom(1);
        if (string.IsNullOrWhiteSpace(title))
        {
            return CliApplication.UsageError(context.Error, "resolve needs a title, e.g. jobframe resolve \"Senior ML Engineer\"");
        }

        var format = OutputFormats.Parse(context.Arguments.Value("--format"));
        if (format is OutputFormat.AdaptiveCard or OutputFormat.BlockKit)
        {
            return AnswerOutput.Write(context, context.Engine.Respond(new ChatCommand(CommandIntent.Goals, title)), format.Value);
        }

        if (format is not OutputFormat.Text)
        {
            return CliApplication.UsageError(context.Error, "resolve --format takes text, adaptive-card or block-kit");
        }

        var resolution = context.Canon.Resolver.Resolve(title);
        if (context.Arguments.Has("--json"))
        {
            context.Out.WriteLine(JsonSerializer.Serialize(ToJson(resolution), Json.ResolutionJson));
        }
        else
        {
            WriteText(context.Out, resolution);
        }

        return resolution.State == ResolutionState.Confident ? ExitCodes.Ok : ExitCodes.NotConfident;
    }

    public static ResolutionJson ToJson(TitleResolution resolution) => new(
        resolution.Query,
        StateName(resolution.State),
        resolution.Match is { } m ? new MatchJson(m.Code, m.Title, m.Family?.Focus ?? m.Function, m.Level.Code, m.Level.Name) : null,
        resolution.Confidence,
        resolution.Evidence,
        resolution.Candidates.Select(c => new CandidateJson(c.Profile.Code, c.Profile.Title, c.Profile.Level.Code, c.Confidence)).ToList());

    public static string StateName(ResolutionState state) => state switch
    {
        ResolutionState.Confident => "confident",
        ResolutionState.NeedsReview => "needs_review",
        _ => "no_match",
    };

    private static void WriteText(TextWriter output, TitleResolution resolution)
    {
        output.WriteLine($"{StateName(resolution.State)}: {resolution.Query}");
        if (resolution.Match is { } match)
        {
            output.WriteLine($"  {match.Code}  {match.Title}  ({match.Level.DisplayName}), confidence {resolution.Confidence:0.00}");
        }

        if (!string.IsNullOrEmpty(resolution.Evidence))
        {
            output.WriteLine("  because " + resolution.Evidence);
        }

        foreach (var candidate in resolution.Candidates)
        {
            output.WriteLine($"  candidate {candidate.Profile.Code}  {candidate.Profile.Title}  ({candidate.Profile.Level.DisplayName}), confidence {candidate.Confidence:0.00}");
        }
    }
}
