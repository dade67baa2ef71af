using System.Globalization;
using System.Text.Json;
using JobFrame.Engine.Answers;

namespace JobFrame.Cli;

/// <summary>
/// `jobframe report unresolved [--log &lt;file&gt;] [--redis &lt;configuration&gt; [--stream &lt;name&gt;]] [--since yyyy-mm-dd]
/// [--top N]`: what managers asked for that the canon could not answer, most asked first — the input for alias-table
/// curation. Reads the hosts' JSON-lines file, their shared Redis stream, or both together. Queries are grouped case-
/// and space-insensitively; the most recent spelling is shown.
/// </summary>
public static class ReportUnresolvedCommand
{
    public static int Run(CliArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var unknown = arguments.OptionNames.FirstOrDefault(o => o is not ("--log" or "--redis" or "--stream" or "--since" or "--top"));
        if (unknown is not null)
        {
            return CliApplication.UsageError(stderr, $"report unresolved does not take {unknown}");
        }

        var path = arguments.Value("--log");
        var redis = arguments.Value("--redis");
        if (path is null && redis is null)
        {
            return CliApplication.UsageError(
                stderr, "report unresolved needs --log <file> (the host's UnresolvedLog:Path), --redis <configuration> (its ConnectionStrings:Redis), or both");
        }

        if (redis is null && arguments.Value("--stream") is not null)
        {
            return CliApplication.UsageError(stderr, "--stream names the Redis stream, so it goes with --redis");
        }

        DateTimeOffset? since = null;
        if (arguments.Value("--since") is { } sinceText)
        {
            if (!DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return CliApplication.UsageError(stderr, "--since takes a date such as 2026-11-01");
            }

            since = parsed;
        }

        var top = 50;
        if (arguments.Value("--top") is { } topText && (!int.TryParse(topText, CultureInfo.InvariantCulture, out top) || top < 1))
        {
            return CliApplication.UsageError(stderr, "--top takes a positive whole number");
        }

        if (path is not null && !File.Exists(path))
        {
            stderr.WriteLine($"jobframe: no unresolved-query log at {path}");
            return ExitCodes.Usage;
        }

        var entries = new List<UnresolvedQuery>();
        if (path is not null)
        {
            var (fromFile, skipped) = Read(path, since);
            entries.AddRange(fromFile);
            if (skipped > 0)
            {
                stderr.WriteLine($"jobframe: skipped {skipped} unreadable line(s) in {path}");
            }
        }

        if (redis is not null)
        {
            var stream = arguments.Value("--stream") ?? UnresolvedStreamReader.DefaultStream;
            try
            {
                var (fromStream, skipped) = UnresolvedStreamReader.Read(redis, stream, since);
                entries.AddRange(fromStream);
                if (skipped > 0)
                {
                    stderr.WriteLine($"jobframe: skipped {skipped} unreadable entr{(skipped == 1 ? "y" : "ies")} in the stream {stream}");
                }
            }
            catch (Exception ex) when (ex is StackExchange.Redis.RedisException or ArgumentException or TimeoutException)
            {
                stderr.WriteLine($"jobframe: cannot read the stream {stream} from Redis: {ex.Message}");
                return ExitCodes.Usage;
            }
        }
        var ranked = entries
            .GroupBy(e => Key(e.Query), StringComparer.Ordinal)
            .Select(g => (Count: g.Count(), Latest: g.MaxBy(e => e.At)!, NoMatch: g.Count(e => e.State == "no_match")))
            .OrderByDescending(r => r.Count)
            .ThenByDescending(r => r.Latest.At)
            .Take(top)
            .ToList();

        stdout.WriteLine($"{entries.Count} unresolved questions{(since is null ? string.Empty : $" since {since:yyyy-MM-dd}")}, {ranked.Count} shown, most asked first.");
        stdout.WriteLine("count  no-match  last asked   query");
        foreach (var row in ranked)
        {
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{row.Count,5}  {row.NoMatch,8}  {row.Latest.At:yyyy-MM-dd}   {row.Latest.Query}"));
        }

        return ExitCodes.Ok;
    }

    private static (List<UnresolvedQuery> Entries, int Skipped) Read(string path, DateTimeOffset? since)
    {
        var entries = new List<UnresolvedQuery>();
        var skipped = 0;
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var entry = JsonSerializer.Deserialize(line, CliJsonContext.Default.UnresolvedQuery);
                if (entry?.Query is null)
                {
                    skipped++;
                }
                else if (since is null || entry.At >= since)
                {
                    entries.Add(entry);
                }
            }
            catch (JsonException)
            {
                skipped++;
            }
        }

        return (entries, skipped);
    }

    private static string Key(string query) =>
        string.Join(' ', query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
