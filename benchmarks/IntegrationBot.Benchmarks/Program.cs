using BenchmarkDotNet.Running;

// Usage: dotnet run -c Release --project benchmarks/IntegrationBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
