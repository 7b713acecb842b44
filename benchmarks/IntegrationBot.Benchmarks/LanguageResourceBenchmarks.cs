using BenchmarkDotNet.Attributes;
using IntegrationBot.Core.Understanding.Language;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Benchmarks;

/// <summary>
/// Start-up cost of the language resources: loading the OpenThesaurus extract (data/lexicon/thesaurus.txt), the field
/// glossary and the whole lexicon, and the cost of one lookup (what the recognizer pays per message word).
/// Run: dotnet run -c Release --project benchmarks/IntegrationBot.Benchmarks -- --filter '*LanguageResource*' --job short
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LanguageResourceBenchmarks
{
    private static readonly string[] Words = ["Geflüchtete", "Dolmetscher", "Unterbringung", "Beratung", "Wetter", "Einbürgerung", "Stadt", "Konzept"];

    private string[] _keys = null!;
    private string _lexicon = null!;
    private Thesaurus _thesaurus = null!;
    private FieldGlossary _glossary = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lexicon = Path.Combine(BenchmarkData.Directory, "lexicon");
        _thesaurus = Thesaurus.Load(_lexicon);
        _glossary = FieldGlossary.Load(_lexicon);
        _keys = [.. Words.Select(LanguageKey.Of)];
    }

    [Benchmark]
    public int LoadThesaurus() => Thesaurus.Load(_lexicon).SetCount;

    [Benchmark]
    public int LoadFieldGlossary() => FieldGlossary.Load(_lexicon).Concepts.Count;

    [Benchmark]
    public int LoadLexicon() => Lexicon.Load(_lexicon).Glossary.Count;

    /// <summary>One call looks up every word once in both resources; the reported time is per word.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int RelatedWords()
    {
        var sum = 0;
        foreach (var word in Words)
        {
            sum += _thesaurus.Related(word).Count + _glossary.Related(word).Count;
        }

        return sum;
    }

    /// <summary>The same lookups by precomputed key, as the recognizer does with a token's Key.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int RelatedWordsByKey()
    {
        var sum = 0;
        foreach (var key in _keys)
        {
            sum += _thesaurus.RelatedByKey(key).Count + _glossary.RelatedByKey(key).Count;
        }

        return sum;
    }
}
