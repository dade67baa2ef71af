namespace JobFrame.Engine.Resolution;

/// <summary>
/// A token trie over every indexed phrase. Tokens are interned to ids once; a lookup walks at most the longest phrase's
/// length of edges from each position, so its cost depends on the query, not on how many aliases the canon has.
/// </summary>
internal sealed class TitleIndex
{
    private readonly Dictionary<string, int> _tokenIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _tokenLookup;
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<TitleEntry?> _nodes = [null];

    public TitleIndex()
    {
        _tokenLookup = _tokenIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int LongestPhrase { get; private set; }

    public int PhraseCount { get; private set; }

    /// <summary>The id of a lower-case token, or -1 when no phrase uses it.</summary>
    public int TokenId(ReadOnlySpan<char> token) => _tokenLookup.TryGetValue(token, out var id) ? id : -1;

    /// <summary>Adds a phrase; returns the entry already there when the phrase is taken (the caller decides whether that collides).</summary>
    public TitleEntry? Add(IReadOnlyList<string> tokens, TitleEntry entry)
    {
        var node = 0;
        foreach (var token in tokens)
        {
            if (!_tokenIds.TryGetValue(token, out var id))
            {
                id = _tokenIds.Count;
                _tokenIds[token] = id;
            }

            var key = Edge(node, id);
            if (!_edges.TryGetValue(key, out var child))
            {
                child = _nodes.Count;
                _nodes.Add(null);
                _edges[key] = child;
            }

            node = child;
        }

        if (_nodes[node] is { } existing)
        {
            return existing;
        }

        _nodes[node] = entry;
        PhraseCount++;
        LongestPhrase = Math.Max(LongestPhrase, tokens.Count);
        return null;
    }

    /// <summary>Replaces the entry of a phrase already added (a stronger mapping of the same meaning).</summary>
    public void Replace(IReadOnlyList<string> tokens, TitleEntry entry)
    {
        var node = 0;
        foreach (var token in tokens)
        {
            node = _edges[Edge(node, _tokenIds[token])];
        }

        _nodes[node] = entry;
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>, and how many tokens it spans.</summary>
    public (TitleEntry? Entry, int Length) LongestMatch(ReadOnlySpan<int> ids, int start)
    {
        TitleEntry? best = null;
        var bestLength = 0;
        var node = 0;
        var end = Math.Min(ids.Length, start + LongestPhrase);
        for (var i = start; i < end && ids[i] >= 0; i++)
        {
            if (!_edges.TryGetValue(Edge(node, ids[i]), out node))
            {
                break;
            }

            if (_nodes[node] is { } entry)
            {
                best = entry;
                bestLength = i - start + 1;
            }
        }

        return (best, bestLength);
    }

    private static long Edge(int node, int token) => ((long)node << 32) | (uint)token;
}
