namespace JobFrame.Cli;

/// <summary>
/// The command line split into positional words and options. Options take one value ("--frame okr"), may repeat
/// ("--fill a=1 --fill b=2"), and flags stand alone ("--json").
/// </summary>
public sealed class CliArguments
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--json", "--help", "-h" };

    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);

    private CliArguments(List<string> positionals)
    {
        Positionals = positionals;
    }

    public IReadOnlyList<string> Positionals { get; }

    public string? Error { get; private set; }

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var positionals = new List<string>();
        var parsed = new CliArguments(positionals);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith('-') || arg == "-")
            {
                positionals.Add(arg);
            }
            else if (Flags.Contains(arg))
            {
                parsed.Add(arg, string.Empty);
            }
            else if (i + 1 < args.Count)
            {
                parsed.Add(arg, args[++i]);
            }
            else
            {
                parsed.Error = $"option {arg} needs a value";
            }
        }

        return parsed;
    }

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Value(string option) => _options.TryGetValue(option, out var values) ? values[^1] : null;

    public IReadOnlyList<string> Values(string option) => _options.TryGetValue(option, out var values) ? values : [];

    public IEnumerable<string> OptionNames => _options.Keys;

    /// <summary>The positional words from <paramref name="start"/> on, joined: titles may be typed unquoted.</summary>
    public string JoinFrom(int start) => string.Join(' ', Positionals.Skip(start));

    private void Add(string option, string value)
    {
        if (!_options.TryGetValue(option, out var values))
        {
            _options[option] = values = [];
        }

        values.Add(value);
    }
}
