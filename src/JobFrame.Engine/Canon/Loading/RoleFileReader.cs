using YamlDotNet.RepresentationModel;

namespace JobFrame.Engine.Canon.Loading;

/// <summary>Reads one roles/*.yaml file: a taxonomy role with story, components, title aliases and classifications.</summary>
internal static class RoleFileReader
{
    public static TaxonomyRole? Read(YamlMappingNode root, YamlNodes yaml)
    {
        yaml.OnlyKnownKeys(root, "role");
        var role = yaml.RequiredMapping(root, "role");
        if (role is null)
        {
            return null;
        }

        yaml.OnlyKnownKeys(
            role,
            "code", "title", "function", "focus", "level", "status", "confidence", "region", "version", "pay_basis",
            "tagline", "summary", "story", "core_outputs", "components", "title_aliases", "classifications");
        var code = yaml.RequiredString(role, "code");
        var title = yaml.RequiredString(role, "title");
        var function = yaml.RequiredString(role, "function");
        var focus = yaml.RequiredString(role, "focus");
        var level = yaml.RequiredString(role, "level");
        var result = new TaxonomyRole(
            code ?? string.Empty,
            title ?? string.Empty,
            function ?? string.Empty,
            focus ?? string.Empty,
            level ?? string.Empty,
            yaml.OptionalString(role, "status"),
            ReadConfidenceField(role, yaml),
            yaml.OptionalString(role, "region"),
            yaml.OptionalString(role, "version"),
            yaml.OptionalString(role, "pay_basis"),
            yaml.OptionalString(role, "tagline"),
            yaml.OptionalString(role, "summary"),
            ReadStory(role, yaml),
            yaml.StringList(role, "core_outputs", required: false),
            ReadComponents(role, yaml),
            ReadAliases(role, yaml),
            ReadClassifications(role, yaml),
            yaml.At(role));
        return code is null || title is null || function is null || focus is null || level is null ? null : result;
    }

    private static Confidence? ReadConfidenceField(YamlMappingNode role, YamlNodes yaml)
    {
        var mapping = yaml.Mapping(yaml.Child(role, "confidence"), "'confidence'");
        if (mapping is null)
        {
            return null;
        }

        yaml.OnlyKnownKeys(mapping, "band", "score");
        return ReadConfidence(mapping, yaml);
    }

    /// <summary>Reads 'band' and 'score' from a mapping that may hold other fields too (a title alias does).</summary>
    private static Confidence? ReadConfidence(YamlMappingNode mapping, YamlNodes yaml)
    {
        var band = yaml.RequiredString(mapping, "band");
        var score = yaml.OptionalDecimal(mapping, "score");
        if (score is null)
        {
            yaml.Error(mapping, "missing required field 'score'");
        }
        else if (score is < 0m or > 1m)
        {
            yaml.Error(mapping, $"confidence score {score} is outside 0 to 1");
        }

        return band is null || score is null ? null : new Confidence(band, score.Value);
    }

    private static RoleStory? ReadStory(YamlMappingNode role, YamlNodes yaml)
    {
        var story = yaml.Child(role, "story") is null ? null : yaml.RequiredMapping(role, "story");
        if (story is null)
        {
            return null;
        }

        yaml.OnlyKnownKeys(story, "who_does_this_work", "problem", "plan", "whats_at_stake", "success_looks_like");
        var problem = yaml.Child(story, "problem") is null ? null : yaml.RequiredMapping(story, "problem");
        if (problem is not null)
        {
            yaml.OnlyKnownKeys(problem, "external", "internal", "why_it_matters");
        }

        return new RoleStory(
            yaml.OptionalString(story, "who_does_this_work"),
            problem is null ? null : yaml.OptionalString(problem, "external"),
            problem is null ? null : yaml.OptionalString(problem, "internal"),
            problem is null ? null : yaml.OptionalString(problem, "why_it_matters"),
            yaml.StringList(story, "plan", required: false),
            yaml.OptionalString(story, "whats_at_stake"),
            yaml.OptionalString(story, "success_looks_like"));
    }

    private static List<RoleComponent> ReadComponents(YamlMappingNode role, YamlNodes yaml)
    {
        var components = new List<RoleComponent>();
        foreach (var mapping in yaml.Mappings(role, "components", required: false, "a component"))
        {
            yaml.OnlyKnownKeys(mapping, "kind", "items");
            var kind = yaml.RequiredString(mapping, "kind");
            var items = yaml.StringList(mapping, "items", required: true);
            if (kind is not null)
            {
                components.Add(new RoleComponent(kind, items));
            }
        }

        return components;
    }

    private static List<TitleAlias> ReadAliases(YamlMappingNode role, YamlNodes yaml)
    {
        var aliases = new List<TitleAlias>();
        foreach (var mapping in yaml.Mappings(role, "title_aliases", required: false, "a title alias"))
        {
            yaml.OnlyKnownKeys(mapping, "alias", "type", "band", "score", "approved");
            var alias = yaml.RequiredString(mapping, "alias");
            var type = yaml.RequiredString(mapping, "type");
            var confidence = ReadConfidence(mapping, yaml);
            var approved = string.Equals(yaml.OptionalString(mapping, "approved"), "true", StringComparison.OrdinalIgnoreCase);
            if (alias is not null && type is not null && confidence is not null)
            {
                aliases.Add(new TitleAlias(alias, type, confidence, approved, yaml.At(mapping)));
            }
        }

        return aliases;
    }

    private static List<Classification> ReadClassifications(YamlMappingNode role, YamlNodes yaml)
    {
        var classifications = new List<Classification>();
        foreach (var mapping in yaml.Mappings(role, "classifications", required: false, "a classification"))
        {
            yaml.OnlyKnownKeys(mapping, "scheme", "code", "title", "source", "review_status");
            var scheme = yaml.RequiredString(mapping, "scheme");
            var code = yaml.RequiredString(mapping, "code");
            var title = yaml.RequiredString(mapping, "title");
            if (scheme is not null && code is not null && title is not null)
            {
                classifications.Add(new Classification(
                    scheme, code, title, yaml.OptionalString(mapping, "source"), yaml.OptionalString(mapping, "review_status")));
            }
        }

        return classifications;
    }
}
