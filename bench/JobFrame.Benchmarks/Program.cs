using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/JobFrame.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(JobFrame.Benchmarks.EngineBenchmarkConfig).Assembly).Run(args, new JobFrame.Benchmarks.EngineBenchmarkConfig());
