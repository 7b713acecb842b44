using BenchmarkDotNet.Attributes;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Tsv;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.TestSupport;

namespace IntegrationBot.Benchmarks;

/// <summary>
/// Search questions end to end (recognition + BM25 over all entries) on the seed and the 100× synopsis.
/// Run: dotnet run -c Release --project benchmarks/IntegrationBot.Benchmarks -- --filter '*SearchBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SearchBenchmarks
{
    private Recognizer _recognizer = null!;
    private DateTimeOffset _now;

    [Params("seed", "100x")]
    public string Synopsis { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchmarkData.Directory;
        var document = Synopsis == "seed"
            ? new TsvSynopsisParser().Load(Path.Combine(data, "synopsis.tsv")).Document
            : SyntheticSynopsis.Generate(cities: 100, aspects: 20, seed: 11);
        _recognizer = new Recognizer(document, Lexicon.Load(Path.Combine(data, "lexicon")));
        _now = DateTimeOffset.UtcNow;
    }

    [Benchmark]
    public RecognitionResult SearchQuestion() =>
        _recognizer.Recognize("Welche Städte haben eine Flüchtlingsberatung?", ConversationContext.Empty, _now);

    [Benchmark]
    public int IndexOnly() => _recognizer.Model.SearchIndex.Search(["Flüchtlingsberatung", "Sprachförderung"]).Count;
}
