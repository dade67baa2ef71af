using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(JobFrame.Benchmarks.FramesBenchmarks).Assembly).Run(args);
