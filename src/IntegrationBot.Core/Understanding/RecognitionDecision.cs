using IntegrationBot.Core.Search;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Core.Understanding.Model;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding;

/// <summary>
/// The decision for one analysed message (docs/understanding.md has the intent meanings), in this order: out-of-scope topics;
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
        if (!aspectsStrong && aspects.Count > 0 && context.Aspects.Count > 0 && (analysis.Cities.Count > 0 || analysis.UnknownCities.Count > 0)
            && (analysis.Has(CueKind.FollowUp) || analysis.Has(CueKind.AddCities) || analysis.Has(CueKind.Compare)))
        {
            // A follow-up that names new places and only hints at an aspect ("Stell das Bielefeld gegenüber"): the previous
            // aspect stands. Without new places the hint is the new slot ("Und die Deutschkurse?").
            aspects = [];
        }

        var searchCue = analysis.Has(CueKind.Search);
        var whereCue = analysis.Has(CueKind.Where);
        // An organisation names its city ("Was macht das AmkA?") unless the question asks which city has it.
        var organisationCities = searchCue ? [] : analysis.OrganisationCities;
        var hasPlaces = analysis.Cities.Count > 0 || analysis.UnknownCities.Count > 0 || organisationCities.Count > 0;
        var searchShaped = !hasPlaces && (searchCue || whereCue);

        var outOfScope = (analysis.Has(CueKind.OutOfScope) && !aspectsStrong)
            || (analysis.Has(CueKind.Person) && !aspectsStrong && aspects.Count == 0)
            || (analysis.Has(CueKind.Quantity) && !aspectsStrong && !aspects.Any(IsTitled));
        if (analysis.HardOutOfScope || (outOfScope && !searchShaped))
        {
            return OutOfScope();
        }

        var typedWords = TypedWords(searchShaped);
        var searchWords = SearchWords(typedWords);
        if (searchShaped && aspectsStrong && aspects.Count == 1 && analysis.Residual.Count > 0
            && analysis.Residual.All(t => model.AspectRanker.NamedAspect(t.Key) == aspects[0]))
        {
            // "Welche Städte haben ein Welcome Center?": the words asked for are the aspect's own name, so the aspect
            // across all cities answers better than a word search.
            return Query([], aspects, aspectsStrong);
        }

        if (searchShaped && searchWords.Count > 0)
        {
            // "Wer hat ein Amt für multikulturelle Angelegenheiten?": also look for the organisation's other names ("AmkA").
            var organisationNames = analysis.OrganisationCities
                .SelectMany(c => model.OrganisationNames.TryGetValue(c, out var names) ? names : [])
                .Where(n => !searchWords.Contains(n, StringComparer.OrdinalIgnoreCase));
            var hits = model.SearchIndex.Search([.. searchWords, .. organisationNames], MaxResults);
            if (hits.Count > 0)
            {
                return SearchResult(searchWords, typedWords, hits, 0.9, aspects);
            }
        }

        if (searchShaped && searchWords.Count > 0 && !outOfScope && analysis.HasStrong(CueKind.Search) && searchWords.Any(model.IsDomainWord))
        {
            // "Gibt es irgendwo ein Monitoring?": a clear search question for a word of the field that the synopsis lacks
            // is still a search, answered with "nothing found" rather than a guess; "Welche Stadt hat einen Zoo?" is not.
            return SearchResult(searchWords, typedWords, [], 0.8, aspects);
        }

        if (searchShaped && searchWords.Count == 0 && !outOfScope && analysis.HasStrong(CueKind.Search)
            && UnmentionedAspectNouns() is { Count: > 0 } asked)
        {
            // "Welche Stadt hat eine Stabsstelle?": the noun is an aspect cue, but the question asks which city has that
            // thing, and no entry mentions it; "nothing found" is honest, a whole aspect for all cities is not.
            return SearchResult(asked, asked, [], 0.8, aspects);
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
                return SearchResult(searchWords, typedWords, hits, 0.6, aspects);
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

    /// <summary>The aspect's title or keywords were met, not only its cells ("Stellen" ~ "Personalausstattung").</summary>
    private bool IsTitled(Aspect aspect)
    {
        for (var i = 0; i < model.Aspects.Count; i++)
        {
            if (model.Aspects[i] == aspect)
            {
                return analysis.Aspects[i].Titled;
            }
        }

        return false;
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

    /// <summary>
    /// Aspects named (a specific title or keyword word, or a strong lexicon cue), ranked by all their evidence; else the
    /// aspect the data speaks for clearly enough; else the best hinted ones (all tied, e.g. "Orga"), never a guess below
    /// the minimum evidence.
    /// </summary>
    private (List<Aspect> Aspects, bool Strong) SelectAspects()
    {
        var evidence = analysis.Aspects;
        var weights = model.Weights;
        var total = new double[evidence.Length];
        var named = new bool[evidence.Length];
        var anyNamed = false;
        for (var i = 0; i < evidence.Length; i++)
        {
            total[i] = evidence[i].Score + evidence[i].DataScore;
            named[i] = evidence[i].Strong || evidence[i].Named;
            anyNamed |= named[i];
        }

        if (!anyNamed)
        {
            for (var i = 0; i < evidence.Length; i++)
            {
                named[i] = evidence[i].StrongCompound;
                anyNamed |= named[i];
            }
        }

        var selected = new List<Aspect>();
        var best = evidence.Length == 0 ? -1 : Enumerable.Range(0, evidence.Length).MaxBy(i => total[i]);
        var namedBest = anyNamed ? Enumerable.Range(0, evidence.Length).Where(i => named[i]).MaxBy(i => total[i]) : -1;
        if (anyNamed && (named[best] || total[best] < total[namedBest] * weights.NamedLead))
        {
            // A named aspect wins unless unnamed evidence leads it clearly.
            var namedTop = total[namedBest];
            for (var i = 0; i < evidence.Length; i++)
            {
                if (named[i] && total[i] >= namedTop * weights.SecondNamedShare)
                {
                    selected.Add(model.Aspects[i]);
                }
            }

            return (selected, true);
        }

        var order = Enumerable.Range(0, evidence.Length).OrderByDescending(i => total[i]).ToList();
        if (order.Count == 0 || total[order[0]] < weights.MinimumEvidence)
        {
            return (selected, false);
        }

        var top = total[order[0]];
        var second = order.Count > 1 ? total[order[1]] : 0;
        if (top >= weights.ConfidentEvidence && top >= second * weights.ConfidentMargin)
        {
            return ([model.Aspects[order[0]]], true);
        }

        for (var i = 0; i < evidence.Length; i++)
        {
            if (total[i] >= top - 1e-9)
            {
                selected.Add(model.Aspects[i]);
            }
        }

        return (selected, false);
    }

    /// <summary>Content words of the message as typed, each once, in the order asked: what the user searched for.</summary>
    private List<Token> TypedWords(bool searchShaped)
    {
        var residual = searchShaped
            ? analysis.Residual.Concat(analysis.OrganisationTokens.Where(t => !model.IsFunctionWord(t.Key))).OrderBy(static t => t.Index)
            : analysis.Residual.AsEnumerable();
        var typed = residual.DistinctBy(static t => t.Surface, StringComparer.OrdinalIgnoreCase).ToList();
        if (searchShaped && typed.Count > 0)
        {
            // "Welche Städte arbeiten dezentral?": a word an aspect cue took is still part of what is searched for when
            // the entries contain it and it does not name an aspect.
            typed = [.. typed.Concat(analysis.AspectTokens.Where(t => model.AspectRanker.NamedAspect(t.Key) is null && model.SearchIndex.Mentions(t.Stem)))
                .OrderBy(static t => t.Index)
                .DistinctBy(static t => t.Surface, StringComparer.OrdinalIgnoreCase)];
        }

        return typed;
    }

    /// <summary>The typed content words plus German equivalents of English ones: what the index is asked.</summary>
    private List<string> SearchWords(List<Token> typed)
    {
        var words = new List<string>();
        foreach (var token in typed)
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

    private RecognitionResult SearchResult(List<string> words, List<Token> typed, IReadOnlyList<SearchHit> hits, double score, List<Aspect> hintedAspects) =>
        SearchResult(words, [.. typed.Select(static t => t.Surface)], hits, score, hintedAspects);

    private RecognitionResult SearchResult(List<string> words, List<string> asked, IReadOnlyList<SearchHit> hits, double score, List<Aspect> hintedAspects)
    {
        var result = Result(Intent.Search, score) with { SearchTerms = words, AskedWords = asked, Results = hits };
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
        // "Wie macht Münster das im Vergleich?": comparing one new city with the previous turn adds it.
        var explicitAdd = analysis.HasStrong(CueKind.AddCities)
            || (analysis.Has(CueKind.Compare) && aspects.Count == 0 && cities.Count == 1 && context.Cities.Count > 0 && !context.Cities.Contains(cities[0].Name));
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
            var continues = analysis.Has(CueKind.FollowUp) || analysis.Has(CueKind.AddCities) || analysis.Has(CueKind.Compare);
            var cityHits = continues && !overview && context.Aspects.Count > 0 ? [] : CityHits(cities);
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
