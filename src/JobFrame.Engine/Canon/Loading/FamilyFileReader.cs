using YamlDotNet.RepresentationModel;

namespace JobFrame.Engine.Canon.Loading;

/// <summary>Reads one families/*.yaml file: a job family and its per-level JFM data.</summary>
internal static class FamilyFileReader
{
    public static JobFamily? Read(YamlMappingNode root, YamlNodes yaml)
    {
        yaml.OnlyKnownKeys(root, "family");
        var family = yaml.RequiredMapping(root, "family");
        if (family is null)
        {
            return null;
        }

        yaml.OnlyKnownKeys(family, "code", "superfunction", "focus", "track", "levels");
        var code = yaml.RequiredString(family, "code");
        var superfunction = yaml.RequiredString(family, "superfunction");
        var focus = yaml.RequiredString(family, "focus");
        var track = yaml.StringList(family, "track", required: true);
        var levels = new List<FamilyLevel>();
        foreach (var node in yaml.Sequence(family, "levels", required: true))
        {
            var level = ReadLevel(node, yaml);
            if (level is not null)
            {
                levels.Add(level);
            }
        }

        return code is null || superfunction is null || focus is null
            ? null
            : new JobFamily(code, superfunction, focus, track, levels, yaml.At(family));
    }

    private static FamilyLevel? ReadLevel(YamlNode node, YamlNodes yaml)
    {
        var mapping = yaml.Mapping(node, "a family level");
        if (mapping is null)
        {
            return null;
        }

        yaml.OnlyKnownKeys(mapping, "level", "responsibilities", "rubrics");
        var levelCode = yaml.RequiredString(mapping, "level");
        var responsibilities = yaml.StringList(mapping, "responsibilities", required: false);
        var rubrics = new Dictionary<string, string>(StringComparer.Ordinal);
        var rubricNode = yaml.Child(mapping, "rubrics") is null ? null : yaml.RequiredMapping(mapping, "rubrics");
        if (rubricNode is not null)
        {
            foreach (var (key, value) in rubricNode.Children)
            {
                var name = yaml.Scalar(key, "a rubric name");
                var text = yaml.Scalar(value, $"rubric '{name}'");
                if (name is not null && text is not null)
                {
                    rubrics[name] = text;
                }
            }
        }

        return levelCode is null ? null : new FamilyLevel(levelCode, responsibilities, rubrics, yaml.At(mapping));
    }
}
