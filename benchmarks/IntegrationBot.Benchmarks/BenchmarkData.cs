namespace IntegrationBot.Benchmarks;

/// <summary>Finds the repository's data/ folder from a BenchmarkDotNet child process (which runs from a generated folder).</summary>
internal static class BenchmarkData
{
    public static string Directory
    {
        get
        {
            foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    var candidate = Path.Combine(dir.FullName, "data");
                    if (File.Exists(Path.Combine(candidate, "synopsis.tsv")) && System.IO.Directory.Exists(Path.Combine(candidate, "lexicon")))
                    {
                        return candidate;
                    }
                }
            }

            throw new DirectoryNotFoundException("data/synopsis.tsv and data/lexicon not found above " + AppContext.BaseDirectory);
        }
    }
}
