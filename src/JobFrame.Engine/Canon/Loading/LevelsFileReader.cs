using YamlDotNet.RepresentationModel;

namespace JobFrame.Engine.Canon.Loading;

/// <summary>Reads levels.yaml: the universal levels and their six bars.</summary>
internal static class LevelsFileReader
{
    private static readonly (string Key, LevelDimension Dimension)[] BarKeys =
    [
        ("scope", LevelDimension.Scope),
        ("autonomy", LevelDimension.Autonomy),
        ("complexity", LevelDimension.Complexity),
        ("impact", LevelDimension.Impact),
        ("decision_rights", LevelDimension.DecisionRights),
        ("leadership", LevelDimension.Leadership),
    ];

    public static IReadOnlyList<Level> Read(YamlMappingNode root, YamlNodes yaml)
    {
        yaml.OnlyKnownKeys(root, "levels");
        var levels = new List<Level>();
        foreach (var mapping in yaml.Mappings(root, "levels", required: true, "a level"))
        {
            yaml.OnlyKnownKeys(mapping, "code", "name", "summary", "typical_experience", "bars");
            var code = yaml.RequiredString(mapping, "code");
            var name = yaml.RequiredString(mapping, "name");
            var bars = ReadBars(mapping, yaml);
            if (code is not null && name is not null)
            {
                levels.Add(new Level(
                    code,
                    name,
                    yaml.OptionalString(mapping, "summary"),
                    yaml.OptionalString(mapping, "typical_experience"),
                    bars,
                    yaml.At(mapping)));
            }
        }

        return levels;
    }

    private static List<LevelBar> ReadBars(YamlMappingNode level, YamlNodes yaml)
    {
        var bars = new List<LevelBar>();
        var mapping = yaml.Child(level, "bars") is null ? null : yaml.RequiredMapping(level, "bars");
        if (mapping is null)
        {
            return bars;
        }

        yaml.OnlyKnownKeys(mapping, BarKeys.Select(b => b.Key).ToArray());

        // A bar the canon lacks is simply absent: rows built from it are omitted, never invented.
        foreach (var (key, dimension) in BarKeys)
        {
            var text = yaml.OptionalString(mapping, key);
            if (text is not null)
            {
                bars.Add(new LevelBar(dimension, text));
            }
        }

        return bars;
    }
}
