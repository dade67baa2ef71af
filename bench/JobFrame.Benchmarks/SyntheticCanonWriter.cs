using System.Globalization;
using System.Text;

namespace JobFrame.Benchmarks;

/// <summary>
/// Writes the synthetic large canon (<see cref="SyntheticCanonShape"/>) as YAML files in the canon format
/// (canon/README.md): by default 1,000 families, 3,600 taxonomy roles sharing 30 titles (10,000 profiles) and 100,000
/// organisation title spellings. For measuring the host with a large canon loaded (start-up time, memory, throughput)
/// and for `jobframe canon check` on it; written to a folder the caller names, never into canon/.
///   dotnet run -c Release --project bench/JobFrame.Benchmarks -- synthesize /tmp/synthetic-canon [families] [aliases]
/// </summary>
public static class SyntheticCanonWriter
{
    public static void Write(string directory, int families = 1000, int aliases = 100_000)
    {
        foreach (var folder in new[] { "families", "roles", "vocabulary", "organisation" })
        {
            Directory.CreateDirectory(Path.Combine(directory, folder));
        }

        File.WriteAllText(Path.Combine(directory, "canon.yaml"), "name: Synthetic canon\nversion: \"synthetic\"\n");
        File.WriteAllText(Path.Combine(directory, "levels.yaml"), Levels());

        var terms = new StringBuilder("family_terms:\n");
        for (var f = 0; f < families; f++)
        {
            var code = SyntheticCanonShape.FamilyCode(f);
            File.WriteAllText(Path.Combine(directory, "families", code + ".yaml"), Family(f));
            terms.Append(CultureInfo.InvariantCulture, $"  - {{ term: Field{f}, targets: [{code}], source: family term }}\n");
        }

        for (var g = 0; g < SyntheticCanonShape.Functions; g++)
        {
            terms.Append(CultureInfo.InvariantCulture, $"  - {{ term: Function{g}, targets: [{SyntheticCanonShape.FunctionCode(g)}], source: function term }}\n");
            for (var r = 0; r < SyntheticCanonShape.RolesPerFunction; r++)
            {
                var (code, title, level) = SyntheticCanonShape.Role(g, r);
                File.WriteAllText(Path.Combine(directory, "roles", code + ".yaml"), string.Create(CultureInfo.InvariantCulture, $"""
                    role:
                      code: {code}
                      title: {title}
                      function: {SyntheticCanonShape.FunctionName(g)}
                      focus: General
                      level: {level}
                      status: draft
                      components:
                        - kind: Responsibilities
                          items:
                            - Synthetic responsibility of {title} in {SyntheticCanonShape.FunctionName(g)}.

                    """));
            }
        }

        File.WriteAllText(Path.Combine(directory, "vocabulary", "families.yaml"), terms.ToString());
        File.WriteAllText(Path.Combine(directory, "vocabulary", "roles.yaml"), "role_nouns:\n  - { term: Engineer, source: role noun }\n");
        File.WriteAllText(Path.Combine(directory, "vocabulary", "levels.yaml"), "level_terms:\n  - { term: Senior, level: P4, source: level name }\n");

        var titles = new StringBuilder("organisation:\n  name: Synthetic titles\n  ladder: []\n  titles:\n");
        for (var a = 0; a < aliases; a++)
        {
            var (title, profile) = SyntheticCanonShape.OrganisationTitle(a, families);
            titles.Append(CultureInfo.InvariantCulture, $"    - {{ title: {title}, profile: {profile} }}\n");
        }

        File.WriteAllText(Path.Combine(directory, "organisation", "synthetic.yaml"), titles.ToString());
    }

    private static string Levels()
    {
        var levels = new StringBuilder("levels:\n");
        foreach (var (code, name, hasBars) in SyntheticCanonShape.Levels())
        {
            levels.Append(CultureInfo.InvariantCulture, $"  - code: {code}\n    name: \"{name}\"\n");
            if (hasBars)
            {
                levels.Append("    bars:\n");
                foreach (var key in SyntheticCanonShape.BarKeys)
                {
                    levels.Append(CultureInfo.InvariantCulture, $"      {key}: Synthetic {key} bar of {code}\n");
                }
            }
        }

        return levels.ToString();
    }

    private static string Family(int f)
    {
        var track = SyntheticCanonShape.Track(f);
        var family = new StringBuilder();
        family.Append(CultureInfo.InvariantCulture, $"family:\n  code: {SyntheticCanonShape.FamilyCode(f)}\n  superfunction: Synthetic Superfunction\n  focus: {SyntheticCanonShape.FamilyFocus(f)}\n");
        family.Append(CultureInfo.InvariantCulture, $"  track: [{string.Join(", ", track)}]\n  levels:\n");
        foreach (var level in track)
        {
            family.Append(CultureInfo.InvariantCulture, $"    - level: {level}\n      responsibilities:\n");
            for (var r = 1; r <= 5; r++)
            {
                family.Append(CultureInfo.InvariantCulture, $"        - Synthetic responsibility {r} of family {f} at {level}, written at the length canon responsibilities have.\n");
            }

            family.Append("      rubrics:\n        complexity/problem-solving: Synthetic complexity rubric sentence of realistic length.\n");
            family.Append("        knowledge-application: Synthetic knowledge rubric sentence of realistic length.\n");
        }

        return family.ToString();
    }
}
