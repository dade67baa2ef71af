using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace JobFrame.Engine.Canon.Loading;

/// <summary>
/// Reads canon/organisation/*.yaml, an organisation's own titles and ladder, as a stream: an organisation can list a
/// hundred thousand titles, and holding them as one YAML tree would take many times the memory of the canon itself.
/// Each entry of <c>titles</c> is loaded, checked and dropped on its own; everything else is checked exactly as the
/// other canon files are, with the same messages and lines.
/// </summary>
/// <remarks>
/// Because entries are loaded one by one, a YAML alias in one entry cannot refer to an anchor in another; such a
/// file is reported as not valid YAML at the alias.
/// </remarks>
internal static class OrganisationFileReader
{
    private static readonly string[] OrganisationFields = ["name", "ladder", "titles"];

    /// <summary>The organisation's tables, or null when the file is too broken to name one (the problems are recorded).</summary>
    public static OrganisationTables? Read(TextReader text, YamlNodes yaml)
    {
        var parser = new Parser(text);
        parser.Consume<StreamStart>();
        if (!parser.TryConsume<DocumentStart>(out _) || !parser.TryConsume<MappingStart>(out var root))
        {
            yaml.Error(1, "the file must hold one YAML mapping");
            return null;
        }

        OrganisationTables? organisation = null;
        var found = false;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = LoadNode(parser);
            if (key is YamlScalarNode { Value: "organisation" })
            {
                found = true;
                organisation = ReadOrganisation(parser, yaml);
            }
            else
            {
                yaml.UnknownField(key, ["organisation"]);
                parser.SkipThisAndNestedEvents();
            }
        }

        if (!found)
        {
            yaml.Error(LineOf(root), "missing required field 'organisation'");
        }

        return organisation;
    }

    private static OrganisationTables? ReadOrganisation(IParser parser, YamlNodes yaml)
    {
        if (!parser.TryConsume<MappingStart>(out var start))
        {
            yaml.Mapping(LoadNode(parser), "'organisation'");
            return null;
        }

        string? name = null;
        var nameSeen = false;
        var ladder = new List<LadderCode>();
        var titles = new List<OrganisationTitle>();
        // Thousands of titles name the same few profiles: keep one copy of each code.
        var profileCodes = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = LoadNode(parser);
            switch ((key as YamlScalarNode)?.Value)
            {
                case "name":
                    nameSeen = true;
                    name = yaml.RequiredValue(LoadNode(parser), "name");
                    break;
                case "ladder":
                    ReadEntries(parser, yaml, "ladder", ["code", "level"], entry =>
                    {
                        var code = yaml.RequiredString(entry, "code");
                        var level = yaml.RequiredString(entry, "level");
                        if (code is not null && level is not null)
                        {
                            ladder.Add(new LadderCode(code, level, yaml.At(entry)));
                        }
                    });
                    break;
                case "titles":
                    ReadEntries(parser, yaml, "titles", ["title", "profile"], entry =>
                    {
                        var title = yaml.RequiredString(entry, "title");
                        var profile = yaml.RequiredString(entry, "profile");
                        if (title is not null && profile is not null)
                        {
                            if (!profileCodes.TryGetValue(profile, out var shared))
                            {
                                profileCodes.Add(profile);
                                shared = profile;
                            }

                            titles.Add(new OrganisationTitle(title, shared, yaml.At(entry)));
                        }
                    });
                    break;
                default:
                    yaml.UnknownField(key, OrganisationFields);
                    parser.SkipThisAndNestedEvents();
                    break;
            }
        }

        if (!nameSeen)
        {
            yaml.Error(LineOf(start), "missing required field 'name'");
        }

        return name is null ? null : new OrganisationTables(name, ladder, titles, new SourceLocation(yaml.File, LineOf(start)));
    }

    /// <summary>A list of mappings, each loaded on its own and handed to <paramref name="read"/> once its fields are checked.</summary>
    private static void ReadEntries(IParser parser, YamlNodes yaml, string key, string[] fields, Action<YamlMappingNode> read)
    {
        if (!parser.TryConsume<SequenceStart>(out _))
        {
            yaml.Error(LoadNode(parser), $"field '{key}' must be a list");
            return;
        }

        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            if (yaml.Entry(LoadNode(parser), key, fields) is { } entry)
            {
                read(entry);
            }
        }
    }

    private static YamlNode LoadNode(IParser parser)
    {
        var stream = new YamlStream();
        stream.Load(new SingleNodeParser(parser));
        return stream.Documents[0].RootNode;
    }

    private static int LineOf(ParsingEvent parsingEvent) => (int)Math.Max(1, parsingEvent.Start.Line);
}
