using BenchmarkDotNet.Attributes;
using IntegrationBot.Core.Answers.Composers;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Cards.Templating;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Tsv;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Benchmarks;

/// <summary>
/// Card rendering from the seed synopsis: compose the template data, expand the template (JSON nodes), check the
/// size budget, and serialise the card as the host will. Run:
/// <c>dotnet run -c Release --project benchmarks/IntegrationBot.Benchmarks -- --filter '*CardBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private ISynopsisRepository _synopsis = null!;
    private ComparisonComposer _comparison = null!;
    private CityProfileComposer _profile = null!;
    private AspectOverviewComposer _overview = null!;
    private CardTemplates _templates = null!;
    private Core.Answers.AnswerRequest _compareTwo = null!;
    private Core.Answers.AnswerRequest _compareFive = null!;
    private Core.Answers.AnswerRequest _profileRequest = null!;
    private Core.Answers.AnswerRequest _overviewRequest = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        _synopsis = new InMemorySynopsisRepository(new TsvSynopsisParser().Load(Path.Combine(root, "data", "synopsis.tsv")).Document);
        _templates = CardTemplates.Load(Path.Combine(root, "cards"));
        var renderer = new CardRenderer(_templates);
        _comparison = new ComparisonComposer(renderer);
        _profile = new CityProfileComposer(renderer);
        _overview = new AspectOverviewComposer(renderer);
        var cities = _synopsis.Cities;
        var praeambel = _synopsis.Aspects.First(a => a.Title.StartsWith("Präambel", StringComparison.Ordinal));
        _compareTwo = Request(new RecognitionResult { Intent = Intent.Query, Cities = [.. cities.Where(c => _synopsis.Find(c, praeambel) is not null).Take(2)], Aspects = [praeambel] });
        _compareFive = Request(new RecognitionResult { Intent = Intent.Query, Cities = cities, Aspects = [_synopsis.Aspects[^1]] });
        _profileRequest = Request(new RecognitionResult { Intent = Intent.Query, Cities = [cities[0]] });
        _overviewRequest = Request(new RecognitionResult { Intent = Intent.Query, Aspects = [praeambel] });
    }

    [Benchmark(Baseline = true)]
    public string ComparisonTwoCities() => _comparison.Compose(_compareTwo).Card!.ToJsonString();

    [Benchmark]
    public string ComparisonFiveCities() => _comparison.Compose(_compareFive).Card!.ToJsonString();

    [Benchmark]
    public string CityProfile() => _profile.Compose(_profileRequest).Card!.ToJsonString();

    [Benchmark]
    public string AspectOverview() => _overview.Compose(_overviewRequest).Card!.ToJsonString();

    [Benchmark]
    public int LoadAndValidateTemplates() => CardTemplates.Load(Path.Combine(FindRoot(), "cards")).Names.Count;

    private Core.Answers.AnswerRequest Request(RecognitionResult recognition) => new(recognition, _synopsis);

    /// <summary>The build output carries cards/ and data/ (copied from the host project); fall back to the repository.</summary>
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "cards", "entries.json")) && File.Exists(Path.Combine(dir.FullName, "data", "synopsis.tsv")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("cards/ und data/ nicht gefunden");
    }
}
