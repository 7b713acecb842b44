using BenchmarkDotNet.Running;

namespace IntegrationBot.Benchmarks;

/// <summary>Usage: dotnet run -c Release --project benchmarks/IntegrationBot.Benchmarks -- --filter '*'</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
