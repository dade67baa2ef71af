using YamlDotNet.RepresentationModel;

namespace JobFrame.Engine.Canon.Loading;

/// <summary>
/// Reads fields out of YAML nodes and records a <see cref="CanonError"/> with file and line for every problem,
/// so one pass reports everything wrong in a file instead of stopping at the first.
/// </summary>
internal sealed class YamlNodes(string file, List<CanonError> errors)
{
    public string File => file;

    public SourceLocation At(YamlNode node) => new(file, LineOf(node));

    public static int LineOf(YamlNode node) => (int)Math.Max(1, node.Start.Line);

    public void Error(YamlNode node, string problem) => errors.Add(new CanonError(file, LineOf(node), problem));

    public void Error(int line, string problem) => errors.Add(new CanonError(file, line, problem));

    /// <summary>The error for one key the format does not know; see <see cref="OnlyKnownKeys"/>.</summary>
    public void UnknownField(YamlNode key, string[] known) =>
        Error(key, $"unknown field '{(key as YamlScalarNode)?.Value}' (expected one of: {string.Join(", ", known)})");

    public YamlMappingNode? Mapping(YamlNode? node, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        if (node is not null)
        {
            Error(node, $"{what} must be a mapping of fields");
        }

        return null;
    }

    public YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public YamlMappingNode? RequiredMapping(YamlMappingNode parent, string key)
    {
        var node = Child(parent, key);
        if (node is null)
        {
            Error(parent, $"missing required field '{key}'");
            return null;
        }

        return Mapping(node, $"'{key}'");
    }

    public string? RequiredString(YamlMappingNode parent, string key)
    {
        if (Child(parent, key) is { } node)
        {
            return RequiredValue(node, key);
        }

        Error(parent, $"missing required field '{key}'");
        return null;
    }

    /// <summary>The text of field <paramref name="key"/>, whose value is <paramref name="node"/>; empty or not text is an error.</summary>
    public string? RequiredValue(YamlNode node, string key)
    {
        var value = Scalar(node, $"field '{key}'");
        if (value is null)
        {
            Error(node, $"field '{key}' must not be empty");
        }

        return value;
    }

    /// <summary>An entry of the list <paramref name="key"/>: a mapping holding only <paramref name="fields"/>, or null (reported).</summary>
    public YamlMappingNode? Entry(YamlNode node, string key, string[] fields)
    {
        var mapping = Mapping(node, $"an entry of '{key}'");
        if (mapping is not null)
        {
            OnlyKnownKeys(mapping, fields);
        }

        return mapping;
    }

    public string? OptionalString(YamlMappingNode parent, string key)
    {
        var node = Child(parent, key);
        return node is null ? null : Scalar(node, $"field '{key}'");
    }

    public string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar)
        {
            var text = scalar.Value?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }

        Error(node, $"{what} must be a single text value");
        return null;
    }

    public decimal? OptionalDecimal(YamlMappingNode parent, string key)
    {
        var text = OptionalString(parent, key);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(Child(parent, key)!, $"field '{key}' must be a number, not '{text}'");
        return null;
    }

    public IReadOnlyList<YamlNode> Sequence(YamlMappingNode parent, string key, bool required)
    {
        var node = Child(parent, key);
        switch (node)
        {
            case null when required:
                Error(parent, $"missing required field '{key}'");
                return [];
            case null:
                return [];
            case YamlSequenceNode sequence:
                return sequence.Children.ToList();
            default:
                Error(node, $"field '{key}' must be a list");
                return [];
        }
    }

    /// <summary>
    /// The mappings of a list field, in order: an item that is not a mapping is reported (as "<paramref name="what"/>")
    /// and passed over, so one bad entry names its line without hiding the others.
    /// </summary>
    public IEnumerable<YamlMappingNode> Mappings(YamlMappingNode parent, string key, bool required, string what)
    {
        foreach (var node in Sequence(parent, key, required))
        {
            if (Mapping(node, what) is { } mapping)
            {
                yield return mapping;
            }
        }
    }

    public IReadOnlyList<string> StringList(YamlMappingNode parent, string key, bool required)
    {
        var items = new List<string>();
        foreach (var item in Sequence(parent, key, required))
        {
            var text = Scalar(item, $"an item of '{key}'");
            if (text is null)
            {
                Error(item, $"an item of '{key}' is empty");
            }
            else
            {
                items.Add(text);
            }
        }

        return items;
    }

    /// <summary>Fails on keys the format does not know, so a typo ("responsibilites") is an error, not silent data loss.</summary>
    public void OnlyKnownKeys(YamlMappingNode mapping, params string[] known)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !known.Contains(name, StringComparer.Ordinal))
            {
                UnknownField(key, known);
            }
        }
    }
}
