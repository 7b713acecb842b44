using BenchmarkDotNet.Attributes;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Tsv;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.TestSupport;

namespace IntegrationBot.Benchmarks;

/// <summary>
/// Recognition per utterance (Search excluded: it has its own benchmark) on the seed synopsis and on a generated one
/// 100× larger (100 cities × 20 aspects). Targets: median ≤ 20 µs on the seed, ≤ 5× that on the large one.
/// Run: dotnet run -c Release --project benchmarks/IntegrationBot.Benchmarks -- --filter '*Recognition*' --job short
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RecognitionBenchmarks
{
    private static readonly string[] Utterances =
    [
        "Wo ist Integration in Stuttgart angebunden?",
        "Vergleiche die Präambel von München und Stuttgart",
        "orga anbindung stuttgart",
        "Wo ist Integration in Frankfrt angebunden?",
        "Was macht die Integrationsstelle in Essen?",
        "Compare the tasks of the offices in Munich and Münster",
        "Wie viele Einwohner hat Stuttgart?",
        "Welche Städte gibt es?",
        "Hallo!",
        "Und in Frankfurt?",
    ];

    private Recognizer _recognizer = null!;
    private ConversationContext _context = null!;
    private DateTimeOffset _now;

    [Params("seed", "dev-large", "100x")]
    public string Synopsis { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchmarkData.Directory;
        var lexicon = Lexicon.Load(Path.Combine(data, "lexicon"));
        var document = Synopsis switch
        {
            "seed" => new TsvSynopsisParser().Load(Path.Combine(data, "synopsis.tsv")).Document,
            "dev-large" => new TsvSynopsisParser().Load(Path.Combine(data, "eval", "synopsis-dev-large.tsv")).Document,
            _ => SyntheticSynopsis.Generate(cities: 100, aspects: 20, seed: 11),
        };
        _recognizer = new Recognizer(document, lexicon);
        _now = DateTimeOffset.UtcNow;
        _context = ConversationContext.Empty.After(_recognizer.Recognize("Anbindung Bielefeld", ConversationContext.Empty, _now), _now);
    }

    /// <summary>One call recognises every utterance once; the reported time is per utterance.</summary>
    [Benchmark(OperationsPerInvoke = 10)]
    public int Recognize()
    {
        var sum = 0;
        foreach (var utterance in Utterances)
        {
            sum += _recognizer.Recognize(utterance, _context, _now).Cities.Count;
        }

        return sum;
    }

    [Benchmark]
    public RecognitionResult RecognizeSeedQuestion() => _recognizer.Recognize(Utterances[0], ConversationContext.Empty, _now);

    [Benchmark]
    public Recognizer BuildModel() => new Recognizer(_recognizer.Model.Synopsis, _recognizer.Model.Lexicon);
}
