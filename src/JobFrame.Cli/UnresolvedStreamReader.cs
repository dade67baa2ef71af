using System.Globalization;
using JobFrame.Engine.Answers;
using StackExchange.Redis;

namespace JobFrame.Cli;

/// <summary>
/// Reads the hosts' unresolved-question stream (<c>jobframe:unresolved</c> unless the hosts set another
/// <c>Redis:KeyPrefix</c>), entries with fields <c>at</c>, <c>query</c>, <c>state</c>, oldest first, a page at a time.
/// </summary>
public static class UnresolvedStreamReader
{
    public const string DefaultStream = "jobframe:unresolved";

    private const int PageSize = 1000;

    /// <summary>The entries at or after <paramref name="since"/>, and how many entries lacked a readable query or time.</summary>
    /// <exception cref="RedisConnectionException">Redis cannot be reached.</exception>
    /// <exception cref="ArgumentException">The configuration string is not valid.</exception>
    public static (List<UnresolvedQuery> Entries, int Skipped) Read(string configuration, string stream, DateTimeOffset? since)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = true;
        using var connection = ConnectionMultiplexer.Connect(options);
        var database = connection.GetDatabase();

        var entries = new List<UnresolvedQuery>();
        var skipped = 0;
        // Stream ids are the server's millisecond times: --since starts the range there instead of reading it all.
        RedisValue from = since is { } start ? start.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) : "-";
        while (true)
        {
            var page = database.StreamRange(stream, from, "+", PageSize);
            foreach (var entry in page)
            {
                if (Parse(entry) is not { } query)
                {
                    skipped++;
                }
                else if (since is null || query.At >= since)
                {
                    // The asked time, not the stream id, decides: an entry is written a moment after it was asked.
                    entries.Add(query);
                }
            }

            if (page.Length < PageSize)
            {
                return (entries, skipped);
            }

            // Exclusive start after the last id read (Redis 6.2+).
            from = "(" + page[^1].Id;
        }
    }

    private static UnresolvedQuery? Parse(StreamEntry entry)
    {
        var query = entry["query"];
        var at = entry["at"];
        if (query.IsNullOrEmpty || !DateTimeOffset.TryParse(at.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var asked))
        {
            return null;
        }

        return new UnresolvedQuery(asked, query.ToString(), entry["state"].ToString());
    }
}
