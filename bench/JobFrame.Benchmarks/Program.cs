using BenchmarkDotNet.Running;
using JobFrame.Benchmarks;

// dotnet run -c Release --project bench/JobFrame.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/JobFrame.Benchmarks -- synthesize <dir> [families] [aliases]
if (args is ["synthesize", var directory, ..])
{
    var families = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    var aliases = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    SyntheticCanonWriter.Write(directory, families, aliases);
    Console.WriteLine(
        $"Wrote a synthetic canon of {families} families, {SyntheticCanonShape.Functions * SyntheticCanonShape.RolesPerFunction} taxonomy roles " +
        $"sharing {SyntheticCanonShape.RoleTitles.Length} titles and {aliases} title spellings to {directory}");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(EngineBenchmarkConfig).Assembly).Run(args, new EngineBenchmarkConfig());
