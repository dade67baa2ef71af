using System.Globalization;
using System.Text;

namespace JobFrame.Benchmarks;

/// <summary>
/// Writes a synthetic canon as YAML files in the canon format (canon/README.md): 1,000 families × 7 levels and
/// 100,000 organisation title spellings by default. For measuring the host with a large canon loaded (start-up time,
/// memory, throughput); written to a folder the caller names, never into canon/.
///   dotnet run -c Release --project bench/JobFrame.Benchmarks -- synthesize /tmp/synthetic-canon [families] [aliases]
/// </summary>
public static class SyntheticCanonWriter
{
    private static readonly string[] BarKeys = ["scope", "autonomy", "complexity", "impact", "decision_rights", "leadership"];

    public static void Write(string directory, int families = 1000, int aliases = 100_000)
    {
        Directory.CreateDirectory(Path.Combine(directory, "families"));
        Directory.CreateDirectory(Path.Combine(directory, "vocabulary"));
        Directory.CreateDirectory(Path.Combine(directory, "organisation"));
        File.WriteAllText(Path.Combine(directory, "canon.yaml"), "name: Synthetic canon\nversion: \"synthetic\"\n");

        var levels = new StringBuilder("levels:\n");
        for (var i = 1; i <= 7; i++)
        {
            levels.Append(CultureInfo.InvariantCulture, $"  - code: P{i}\n    name: Grade {i} Professional\n    bars:\n");
            foreach (var key in BarKeys)
            {
                levels.Append(CultureInfo.InvariantCulture, $"      {key}: Synthetic {key} bar of grade {i}\n");
            }
        }

        File.WriteAllText(Path.Combine(directory, "levels.yaml"), levels.ToString());

        var terms = new StringBuilder("family_terms:\n");
        for (var f = 0; f < families; f++)
        {
            var code = FamilyCode(f);
            var family = new StringBuilder();
            family.Append(CultureInfo.InvariantCulture, $"family:\n  code: {code}\n  superfunction: Synthetic Superfunction\n  focus: Field{f} Engineering\n");
            family.Append("  track: [P1, P2, P3, P4, P5, P6, P7]\n  levels:\n");
            for (var l = 1; l <= 7; l++)
            {
                family.Append(CultureInfo.InvariantCulture, $"    - level: P{l}\n      responsibilities:\n");
                for (var r = 1; r <= 5; r++)
                {
                    family.Append(CultureInfo.InvariantCulture, $"        - Synthetic responsibility {r} of family {f} at P{l}, written at the length canon responsibilities have.\n");
                }

                family.Append("      rubrics:\n        complexity/problem-solving: Synthetic complexity rubric sentence of realistic length.\n");
                family.Append("        knowledge-application: Synthetic knowledge rubric sentence of realistic length.\n");
            }

            File.WriteAllText(Path.Combine(directory, "families", code + ".yaml"), family.ToString());
            terms.Append(CultureInfo.InvariantCulture, $"  - {{ term: Field{f}, targets: [{code}], source: family term }}\n");
        }

        File.WriteAllText(Path.Combine(directory, "vocabulary", "families.yaml"), terms.ToString());
        File.WriteAllText(Path.Combine(directory, "vocabulary", "roles.yaml"), "role_nouns:\n  - { term: Engineer, source: role noun }\n");
        File.WriteAllText(Path.Combine(directory, "vocabulary", "levels.yaml"), "level_terms:\n  - { term: Senior, level: P4, source: level name }\n");

        var titles = new StringBuilder("organisation:\n  name: Synthetic titles\n  ladder: []\n  titles:\n");
        for (var a = 0; a < aliases; a++)
        {
            var family = a % families;
            var level = (a / families % 7) + 1;
            titles.Append(CultureInfo.InvariantCulture, $"    - {{ title: Field{family} Variant{a / families} Specialist, profile: {FamilyCode(family)}.P{level} }}\n");
        }

        File.WriteAllText(Path.Combine(directory, "organisation", "synthetic.yaml"), titles.ToString());
    }

    private static string FamilyCode(int f) => string.Create(CultureInfo.InvariantCulture, $"FAM.F{f:D4}");
}
