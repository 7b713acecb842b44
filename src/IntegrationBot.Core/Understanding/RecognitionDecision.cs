using IntegrationBot.Core.Search;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Core.Understanding.Model;

namespace IntegrationBot.Core.Understanding;

/// <summary>
/// The decision for one analysed message (intent meanings: docs/understanding.md), in this order: out-of-scope topics;
/// searches ("Welche Städte …", "Wo gibt es …"); queries (places or aspects named, context filling the missing slot);
/// meta questions and small talk; content words alone (a search); weak hints (a query with alternatives); follow-ups
/// that name nothing new; otherwise None.
/// </summary>
internal sealed class RecognitionDecision(RecognitionModel model, MessageAnalysis analysis, string text, ConversationContext context)
{
    private const int MaxAlternatives = 3;
    private const int MaxResults = 10;

    private static readonly CueKind[] MetaIntents =
        [CueKind.ListCities, CueKind.ListAspects, CueKind.Help, CueKind.Goodbye, CueKind.Thanks, CueKind.Greeting];

    private readonly List<string> _fromContext = [];
    private List<SearchHit>? _cityHits;

    public RecognitionResult Decide()
    {
        var (aspects, aspectsStrong) = SelectAspects();
        var searchCue = analysis.Has(CueKind.Search);
        var whereCue = analysis.Has(CueKind.Where);
        // An organisation names its city ("Was macht das AmkA?") unless the question asks which city has it.
        var organisationCities = searchCue ? [] : analysis.OrganisationCities;
        var hasPlaces = analysis.Cities.Count > 0 || analysis.UnknownCities.Count > 0 || organisationCities.Count > 0;
        var searchShaped = !hasPlaces && (searchCue || whereCue);

        var outOfScope = analysis.Has(CueKind.OutOfScope) && !aspectsStrong;
        if (analysis.HardOutOfScope || (outOfScope && !searchShaped))
        {
            return OutOfScope();
        }

        var searchWords = SearchWords(searchShaped);
        if (searchShaped && searchWords.Count > 0)
        {
            // "Wer hat ein Amt für multikulturelle Angelegenheiten?": also look for the organisation's other names ("AmkA").
            var organisationNames = analysis.OrganisationCities
                .SelectMany(c => model.OrganisationNames.TryGetValue(c, out var names) ? names : [])
                .Where(n => !searchWords.Contains(n, StringComparer.OrdinalIgnoreCase));
            var hits = model.SearchIndex.Search([.. searchWords, .. organisationNames], MaxResults);
            if (hits.Count > 0)
            {
                return SearchResult(searchWords, hits, 0.9, aspects);
            }
        }

        if (searchShaped && searchWords.Count > 0 && !outOfScope && analysis.HasStrong(CueKind.Search) && searchWords.Any(model.IsDomainWord))
        {
            // "Gibt es irgendwo ein Monitoring?": a clear search question for a word of the field that the synopsis lacks
            // is still a search, answered with "nothing found" rather than a guess; "Welche Stadt hat einen Zoo?" is not.
            return SearchResult(searchWords, [], 0.8, aspects);
        }

        if (searchShaped && searchWords.Count == 0 && !outOfScope && analysis.HasStrong(CueKind.Search)
            && UnmentionedAspectNouns() is { Count: > 0 } asked)
        {
            // "Welche Stadt hat eine Stabsstelle?": the noun is an aspect cue, but the question asks which city has that
            // thing, and no entry mentions it; "nothing found" is honest, a whole aspect for all cities is not.
            return SearchResult(asked, [], 0.8, aspects);
        }

        if (outOfScope)
        {
            // "Wo ist Integration beim Oberbürgermeister?" searched above; "Welche Stadt hat einen Oberbürgermeister?" found nothing.
            return OutOfScope();
        }

        var cities = new List<City>(analysis.Cities);
        cities.AddRange(organisationCities.Where(c => !cities.Contains(c)));

        var namedPlaces = cities.Count > 0 || analysis.UnknownCities.Count > 0;
        var followUp = analysis.Has(CueKind.FollowUp) || analysis.Has(CueKind.AddCities);
        var hasContext = context.Cities.Count > 0 || context.UnknownCities.Count > 0 || context.Aspects.Count > 0;
        if (namedPlaces && aspects.Count == 0 && !analysis.Has(CueKind.Overview) && !analysis.Has(CueKind.Compare) && !followUp
            && CityHits(cities).Count == 0
            && analysis.UnexplainedNouns(model.Vocabulary.Contains, IsLowerCase(analysis) || analysis.Has(CueKind.Search)).Any())
        {
            // "Wo finde ich einen Parkplatz in Frankfurt?": a city, but a topic the synopsis knows nothing about.
            var none = Result(Intent.None, 0.55) with { Cities = cities, UnknownCities = analysis.UnknownCities };
            return cities.Count == 0
                ? none
                : none with { Alternatives = [ToAlternative(new Reading(Intent.Query, cities, [], [], 0.5))] };
        }

        var allCities = analysis.Has(CueKind.AllCities);
        if (namedPlaces || aspectsStrong || (allCities && (aspects.Count > 0 || context.Aspects.Count > 0 || analysis.Has(CueKind.Compare))))
        {
            return Query(cities, aspects, aspectsStrong);
        }

        foreach (var meta in MetaIntents)
        {
            if (analysis.Has(meta))
            {
                if (meta == CueKind.ListCities && searchShaped && searchWords.Count > 0 && !searchWords.Any(model.IsDomainWord))
                {
                    // "Welche Stadt hat einen Zoo?": not a list question, and a topic outside the synopsis' field.
                    return Result(Intent.None, 0.7) with { SearchTerms = searchWords };
                }

                return Result(MetaIntent(meta), analysis.Residual.Count == 0 ? 0.95 : 0.75);
            }
        }

        if (searchWords.Count > 0 && !searchShaped && analysis.OrganisationCities.Count == 0)
        {
            var hits = model.SearchIndex.Search(searchWords, MaxResults);
            if (hits.Count > 0 && aspects.Count == 0)
            {
                return SearchResult(searchWords, hits, 0.6, aspects);
            }
        }

        if (aspects.Count > 0)
        {
            return Query(cities, aspects, aspectsStrong);
        }

        if (followUp && hasContext)
        {
            return Query(cities, aspects, aspectsStrong);
        }

        return searchShaped && searchWords.Count > 0
            ? Result(Intent.None, 0.6) with { SearchTerms = searchWords }
            : Result(Intent.None, analysis.Residual.Count == 0 ? 0.9 : 0.7);
    }

    /// <summary>
    /// Nouns (typed capitalised, not first in the sentence) that an aspect cue took but no synopsis entry contains; not
    /// the aspect's own name ("Organisationsstruktur" names Orga-Struktur, so that question stays a query).
    /// </summary>
    private List<string> UnmentionedAspectNouns() =>
        analysis.AspectTokens
            .Where(t => t.Capitalized && !t.FirstOfSentence && t.Correction == 0 && !model.SearchIndex.Mentions(t.Key) && !model.SearchIndex.Mentions(t.Stem)
                && !model.AspectTitleParts.Any(part => t.Folded.Contains(part, StringComparison.Ordinal)))
            .Select(static t => t.Surface)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Entries of the named cities that contain the message's content words ("Gibt es in Bielefeld eine Flüchtlingsberatung?").</summary>
    private List<SearchHit> CityHits(List<City> cities)
    {
        if (_cityHits is not null)
        {
            return _cityHits;
        }

        // Short words ("gute", "alt") are too common to point at an aspect of one city.
        var words = analysis.Residual.Where(static t => t.Folded.Length >= 5).Select(static t => t.Surface).ToList();
        _cityHits = words.Count == 0 || cities.Count == 0
            ? []
            : model.SearchIndex.Search(words, MaxResults).Where(h => cities.Contains(h.City)).ToList();
        return _cityHits;
    }

    private RecognitionResult OutOfScope() =>
        Result(Intent.None, 0.85) with { Cities = analysis.Cities, UnknownCities = analysis.UnknownCities };

    private static bool IsLowerCase(MessageAnalysis analysis) => analysis.Tokens.All(static t => !t.Capitalized);

    private static Alternative ToAlternative(Reading reading) => new(reading.Label(), reading.Question(), Math.Round(reading.Score, 2));

    private static Intent MetaIntent(CueKind kind) => kind switch
    {
        CueKind.ListCities => Intent.ListCities,
        CueKind.ListAspects => Intent.ListAspects,
        CueKind.Help => Intent.Help,
        CueKind.Goodbye => Intent.Goodbye,
        CueKind.Thanks => Intent.Thanks,
        _ => Intent.Greeting,
    };

    private RecognitionResult Result(Intent intent, double score) => new() { Intent = intent, Score = score, Text = text };

    /// <summary>Aspects with a strong cue of their own; else the best hinted ones (all tied, e.g. "Orga").</summary>
    private (List<Aspect> Aspects, bool Strong) SelectAspects()
    {
        var evidence = analysis.Aspects;
        if (!evidence.Any(static e => e.Strong))
        {
            foreach (var e in evidence)
            {
                e.Strong = e.StrongCompound;
            }
        }

        var strongTop = 0.0;
        for (var i = 0; i < evidence.Length; i++)
        {
            if (evidence[i].Strong)
            {
                strongTop = Math.Max(strongTop, evidence[i].Score);
            }
        }

        var selected = new List<Aspect>();
        if (strongTop > 0)
        {
            for (var i = 0; i < evidence.Length; i++)
            {
                if (evidence[i].Strong && evidence[i].Score >= strongTop * 0.5)
                {
                    selected.Add(model.Aspects[i]);
                }
            }

            return (selected, true);
        }

        var top = evidence.Length == 0 ? 0 : evidence.Max(static e => e.Score);
        if (top <= 0)
        {
            return (selected, false);
        }

        for (var i = 0; i < evidence.Length; i++)
        {
            if (evidence[i].Score >= top - 1e-9)
            {
                selected.Add(model.Aspects[i]);
            }
        }

        return (selected, false);
    }

    /// <summary>Content words of the message as typed, plus German equivalents of English ones.</summary>
    private List<string> SearchWords(bool searchShaped)
    {
        var words = new List<string>();
        var residual = searchShaped
            ? analysis.Residual.Concat(analysis.OrganisationTokens.Where(t => !model.IsFunctionWord(t.Key))).OrderBy(static t => t.Index).ToList()
            : analysis.Residual;
        foreach (var token in residual)
        {
            if (!words.Contains(token.Surface, StringComparer.OrdinalIgnoreCase))
            {
                words.Add(token.Surface);
            }

            if (model.Glossary.TryGetValue(token.Key, out var german) || model.Glossary.TryGetValue(token.Folded, out german))
            {
                words.AddRange(german.Where(g => !words.Contains(g, StringComparer.OrdinalIgnoreCase)));
            }
        }

        var tokens = analysis.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (model.Glossary.TryGetValue(tokens[i].Key + " " + tokens[i + 1].Key, out var german))
            {
                words.AddRange(german.Where(g => !words.Contains(g, StringComparer.OrdinalIgnoreCase)));
            }
        }

        return words;
    }

    private RecognitionResult SearchResult(List<string> words, IReadOnlyList<SearchHit> hits, double score, List<Aspect> hintedAspects)
    {
        var result = Result(Intent.Search, score) with { SearchTerms = words, Results = hits };
        if (score >= 0.8)
        {
            return result;
        }

        // No explicit search question ("Flüchtlingsberatung"): offer the search, and a query on hinted aspects.
        var readings = new List<Reading> { new(Intent.Search, [], [], words, score) };
        if (hintedAspects.Count > 0)
        {
            readings.Add(new Reading(Intent.Query, [], hintedAspects, [], score * 0.8));
        }

        return WithAlternatives(result, readings);
    }

    private RecognitionResult Query(List<City> cities, List<Aspect> aspects, bool aspectsStrong)
    {
        var unknown = new List<string>(analysis.UnknownCities);
        var namedPlaces = cities.Count > 0 || unknown.Count > 0;
        var overview = analysis.Has(CueKind.Overview) || analysis.Has(CueKind.AllCities);
        var explicitAdd = analysis.HasStrong(CueKind.AddCities);
        var hasContext = context.Cities.Count > 0 || context.UnknownCities.Count > 0 || context.Aspects.Count > 0;

        if (!namedPlaces && hasContext)
        {
            if (!overview)
            {
                cities = Known(context.Cities, model.CityNamed);
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
            var cityHits = CityHits(cities);
            if (cityHits.Count > 0)
            {
                // "Gibt es in Bielefeld eine Flüchtlingsberatung?": the aspect is where the content words occur.
                aspects = cityHits.Where(h => h.Score >= cityHits[0].Score * 0.5).Select(static h => h.Aspect).Distinct().OrderBy(static a => a.Order).ToList();
                score = 0.6;
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
            foreach (var (evidence, index) in analysis.Aspects.Select(static (e, i) => (e, i)).Where(static x => x.e.Score > 0).OrderByDescending(static x => x.e.Score))
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
            return Result(Intent.ListAspects, 0.7);
        }

        var result = Result(Intent.Query, Math.Clamp(score, 0.05, 0.99)) with
        {
            Cities = cities,
            Aspects = aspects.OrderBy(static a => a.Order).ToList(),
            UnknownCities = unknown,
            FromContext = _fromContext,
        };
        return WithAlternatives(result, readings);
    }

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
