using IntegrationBot.Core.Search;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Decision;

/// <summary>
/// Builds the results the decision rules return, so every rule answers the same way: a query with the conversation's
/// slots applied, a search with its hits, a refusal, each with the closest other readings when unsure. A result's
/// <see cref="RecognitionResult.Rule"/> names the kind of reading ("named", "hinted", "entries-of-city" …); the decision
/// prefixes the rule's name.
/// </summary>
internal sealed class DecisionResults(DecisionInput input, string text)
{
    private const int MaxAlternatives = 3;

    private readonly List<string> _fromContext = [];

    public RecognitionResult Result(Intent intent, double score, string? basis = null) => new() { Intent = intent, Score = score, Text = text, Rule = basis };

    public RecognitionResult OutOfScope() =>
        Result(Intent.None, 0.85) with { Cities = input.Analysis.Cities, UnknownCities = input.Analysis.UnknownCities };

    public RecognitionResult Meta(CueKind kind, double score) => Result(kind switch
    {
        CueKind.ListCities => Intent.ListCities,
        CueKind.ListAspects => Intent.ListAspects,
        CueKind.Help => Intent.Help,
        CueKind.Goodbye => Intent.Goodbye,
        CueKind.Thanks => Intent.Thanks,
        _ => Intent.Greeting,
    }, score, kind.ToString().ToLowerInvariant());

    public RecognitionResult Search(IReadOnlyList<SearchHit> hits, double score) =>
        Search(input.SearchWords, [.. input.TypedWords.Select(static t => t.Surface)], hits, score);

    public RecognitionResult Search(List<string> words, List<string> asked, IReadOnlyList<SearchHit> hits, double score)
    {
        var result = Result(Intent.Search, score, hits.Count == 0 ? "nothing-found" : "hits") with { SearchTerms = words, AskedWords = asked, Results = hits };
        if (score >= 0.8)
        {
            return result;
        }

        // No explicit search question ("Flüchtlingsberatung"): offer the search, and a query on hinted aspects.
        var readings = new List<Reading> { new(Intent.Search, [], [], words, score) };
        if (input.Aspects.Count > 0)
        {
            readings.Add(new Reading(Intent.Query, [], input.Aspects, [], score * 0.8));
        }

        return WithAlternatives(result, readings);
    }

    public RecognitionResult Query(List<City> cities, List<Aspect> aspects, bool aspectsStrong)
    {
        var analysis = input.Analysis;
        var context = input.Context;
        var model = input.Model;
        var unknown = new List<string>(analysis.UnknownCities);
        var namedPlaces = cities.Count > 0 || unknown.Count > 0;
        var overview = analysis.Has(CueKind.Overview) || analysis.Has(CueKind.AllCities);
        // "Wie macht Münster das im Vergleich?": comparing one new city with the previous turn adds it.
        var explicitAdd = analysis.HasStrong(CueKind.AddCities)
            || (analysis.Has(CueKind.Compare) && aspects.Count == 0 && cities.Count == 1 && context.Cities.Count > 0 && !context.Cities.Contains(cities[0].Name));
        var hasContext = input.HasContext;
        var basis = aspects.Count == 0 ? "profile" : aspectsStrong ? "named" : "hinted";

        if (!namedPlaces && hasContext)
        {
            if (!overview)
            {
                cities = Known(context.Cities, model.CityNamed);
                if ((analysis.Has(CueKind.Compare) || analysis.HasStrong(CueKind.AddCities)) && cities.Count == 1)
                {
                    // "Lernpaten in Trier" – "Und Ludwigshafen?" – "Vergleiche die beiden": one city is no comparison, so
                    // the city the last turn replaced comes back beside it.
                    var replaced = Known(context.PreviousCities, model.CityNamed).Except(cities).ToList();
                    cities.InsertRange(0, replaced);
                }

                unknown = [.. context.UnknownCities];
                if (cities.Count > 0 || unknown.Count > 0)
                {
                    _fromContext.Add("cities");
                }
            }

            if (aspects.Count == 0 && context.Aspects.Count > 0)
            {
                // "Und dort?", "Wie ist es dort?": nothing new named, so the whole previous question stands.
                aspects = Known(context.Aspects, model.AspectTitled);
                _fromContext.Add("aspects");
                aspectsStrong = true;
                basis = "context-aspects";
            }
        }
        else if (namedPlaces && hasContext && (explicitAdd || (analysis.Has(CueKind.AddCities) && aspects.Count == 0)))
        {
            var combined = Known(context.Cities, model.CityNamed);
            combined.AddRange(cities.Where(c => !combined.Contains(c)));
            cities = combined;
            unknown = context.UnknownCities.Concat(unknown).Distinct().ToList();
            _fromContext.Add("cities");
        }

        var readings = new List<Reading>();
        var score = 0.55 + (namedPlaces ? 0.2 : 0) + (aspectsStrong ? 0.2 : 0) - (0.1 * Math.Min(2, analysis.Corrections));
        if (aspects.Count == 0 && namedPlaces)
        {
            var residualWords = analysis.Residual.Select(static t => t.Surface).ToList();
            var continues = analysis.Has(CueKind.FollowUp) || analysis.Has(CueKind.AddCities) || analysis.Has(CueKind.Compare);
            var cityHits = continues && !overview && context.Aspects.Count > 0 ? [] : input.CityHits(cities);
            if (cityHits.Count > 0)
            {
                // "Gibt es in Bielefeld eine Flüchtlingsberatung?": the aspect is where the content words occur.
                aspects = cityHits.Where(h => h.Score >= cityHits[0].Score * 0.5).Select(static h => h.Aspect).Distinct().OrderBy(static a => a.Order).ToList();
                score = 0.6;
                basis = "entries-of-city";
                readings.Add(new Reading(Intent.Query, cities, aspects, [], score));
                readings.Add(new Reading(Intent.Query, cities, [], [], 0.5));
                readings.Add(new Reading(Intent.Search, [], [], residualWords, 0.45));
            }
            else if (!overview && context.Aspects.Count > 0)
            {
                aspects = Known(context.Aspects, model.AspectTitled);
                if (aspects.Count > 0)
                {
                    _fromContext.Add("aspects");
                    basis = "context-aspects";
                }
            }
            else
            {
                score += analysis.Has(CueKind.Overview) || analysis.Residual.Count == 0 ? 0.15 : 0.05;
            }
        }
        else if (aspects.Count > 0 && !aspectsStrong && !_fromContext.Contains("aspects"))
        {
            // Only hints (a compound part, a shared word such as "Orga"): answer the best, offer the others.
            score = Math.Min(score, 0.55);
            readings.Add(new Reading(Intent.Query, cities, aspects, [], score));
            foreach (var (evidence, index) in analysis.Aspects.Select(static (e, i) => (e, i)).Where(static x => x.e.Score + x.e.DataScore > 0).OrderByDescending(static x => x.e.Score + x.e.DataScore).Take(MaxAlternatives))
            {
                readings.Add(new Reading(Intent.Query, cities, [model.Aspects[index]], [], score * 0.9));
            }

            if (cities.Count > 0)
            {
                readings.Add(new Reading(Intent.Query, cities, [], [], score * 0.8));
            }
        }

        if (_fromContext.Count > 0)
        {
            score -= 0.05;
        }

        if (cities.Count == 0 && unknown.Count == 0 && aspects.Count == 0)
        {
            // "Vergleiche alle Städte": all cities but no aspect, and none to take from the conversation. The contract has
            // no Query for "every aspect of every city" (that would be the whole synopsis), so the useful reading is the
            // coverage overview (ListAspects): which aspects exist and which cities fill them, each a button to compare on.
            return Result(Intent.ListAspects, 0.7, "all-cities-overview");
        }

        var result = Result(Intent.Query, Math.Clamp(score, 0.05, 0.99), basis) with
        {
            Cities = cities,
            Aspects = aspects.OrderBy(static a => a.Order).ToList(),
            UnknownCities = unknown,
            FromContext = _fromContext,
        };
        return WithAlternatives(result, readings);
    }

    public static Alternative ToAlternative(Reading reading) => new(reading.Label(), reading.Question(), Math.Round(reading.Score, 2));

    private static List<T> Known<T>(IEnumerable<string> names, Func<string, T?> find)
        where T : class =>
        names.Select(find).OfType<T>().Distinct().ToList();

    private static RecognitionResult WithAlternatives(RecognitionResult result, List<Reading> readings)
    {
        var distinct = new List<Reading>();
        foreach (var reading in readings)
        {
            if (!distinct.Any(d => d.SameAs(reading)) && (reading.Intent != Intent.Query || reading.Cities.Count > 0 || reading.Aspects.Count > 0))
            {
                distinct.Add(reading);
            }
        }

        if (distinct.Count < 2)
        {
            return result;
        }

        return result with
        {
            Alternatives = distinct.Take(MaxAlternatives).Select(ToAlternative).ToList(),
        };
    }
}
