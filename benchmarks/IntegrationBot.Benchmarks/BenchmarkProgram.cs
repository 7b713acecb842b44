using System.Globalization;
using BenchmarkDotNet.Running;

namespace IntegrationBot.Benchmarks;

/// <summary>
/// Usage: dotnet run -c Release --project benchmarks/IntegrationBot.Benchmarks -- --filter '*'
/// or:    dotnet run -c Release --project benchmarks/IntegrationBot.Benchmarks -- write-synopsis PATH.tsv [SCALE=100]
///        (the shipped synopsis grown SCALE-fold, for scripts/loadtest.sh --synopsis-scale).
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["write-synopsis", var path, ..])
        {
            var scale = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
            var entries = LargerSynopsis.Write(path, scale);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {path}: {entries} entries ({scale}x the shipped synopsis)."));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
