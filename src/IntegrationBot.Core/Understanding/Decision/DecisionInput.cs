using IntegrationBot.Core.Search;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Core.Understanding.Model;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Decision;

/// <summary>
/// What the decision rules read about one message, worked out once: the aspects asked about, the question's shape
/// (search, out of scope, follow-up), the places and the words to search for. Rules only read it; results are built
/// through <see cref="Results"/>.
/// </summary>
internal sealed class DecisionInput
{
    /// <summary>Results the search index returns for one question at most.</summary>
    public const int MaxResults = 10;

    private List<SearchHit>? _cityHits;

    public DecisionInput(RecognitionModel model, MessageAnalysis analysis, string text, ConversationContext context)
    {
        Model = model;
        Analysis = analysis;
        Context = context;
        Results = new DecisionResults(this, text);

        var (aspects, aspectsStrong) = AspectSelection.Select(model, analysis);
        if (!aspectsStrong && aspects.Count > 0 && context.Aspects.Count > 0 && (analysis.Cities.Count > 0 || analysis.UnknownCities.Count > 0)
            && (analysis.Has(CueKind.FollowUp) || analysis.Has(CueKind.AddCities) || analysis.Has(CueKind.Compare)))
        {
            // A follow-up that names new places and only hints at an aspect ("Stell das Bielefeld gegenüber"): the previous
            // aspect stands. Without new places the hint is the new slot ("Und die Deutschkurse?").
            aspects = [];
        }

        if (!aspectsStrong && aspects.Count > 0 && analysis.Has(CueKind.Overview) && analysis.Cities.Count > 0)
        {
            // "Was macht Kiel insgesamt in der Integrationsarbeit?" wants the whole profile; a hint from a generic word is
            // no aspect asked for.
            aspects = [];
        }

        Aspects = aspects;
        AspectsStrong = aspectsStrong;

        var searchCue = analysis.Has(CueKind.Search);
        // An organisation names its city ("Was macht das AmkA?") unless the question asks which city has it.
        OrganisationCities = searchCue ? [] : analysis.OrganisationCities;
        var hasPlaces = analysis.Cities.Count > 0 || analysis.UnknownCities.Count > 0 || OrganisationCities.Count > 0;
        SearchShaped = !hasPlaces && (searchCue || analysis.Has(CueKind.Where));

        // Out-of-scope, person and quantity cues never beat evidence for an aspect of the loaded synopsis: strong evidence
        // (named or clearly led), or evidence this high even when two aspects are close ("Wie lange bleiben Kinder ohne
        // Deutschkenntnisse in einer eigenen Klasse?" is about school, though "wie lange" asks for a number).
        ClearTopic = aspects.Count > 0 && analysis.Aspects.Max(static e => e.Score + e.DataScore) >= model.Weights.TopicOverRefusal;
        var topicHeld = aspectsStrong || ClearTopic;

        OutOfScope = (analysis.Has(CueKind.OutOfScope) && !topicHeld)
            || (analysis.Has(CueKind.Person) && !aspectsStrong && aspects.Count == 0)
            || ((analysis.Has(CueKind.Quantity) || analysis.Has(CueKind.Staff)) && !topicHeld && !aspects.Any(a => IsTitled(a) || IsCounted(a)));

        TypedWords = FindTypedWords();
        SearchWords = FindSearchWords(TypedWords);

        var cities = new List<City>(analysis.Cities);
        cities.AddRange(OrganisationCities.Where(c => !cities.Contains(c)));
        Cities = cities;
        NamedPlaces = cities.Count > 0 || analysis.UnknownCities.Count > 0;
        FollowUp = analysis.Has(CueKind.FollowUp) || analysis.Has(CueKind.AddCities);
        HasContext = context.Cities.Count > 0 || context.UnknownCities.Count > 0 || context.Aspects.Count > 0;
    }

    public RecognitionModel Model { get; }

    public MessageAnalysis Analysis { get; }

    public ConversationContext Context { get; }

    /// <summary>Builds the results of this message (query, search, refusal) with its alternatives.</summary>
    public DecisionResults Results { get; }

    /// <summary>The aspects asked about (<see cref="AspectSelection"/>), possibly only hinted.</summary>
    public List<Aspect> Aspects { get; }

    /// <summary>The aspects were named or clearly led by the evidence.</summary>
    public bool AspectsStrong { get; }

    /// <summary>Cities named through one of their organisations ("AmkA").</summary>
    public IReadOnlyList<City> OrganisationCities { get; }

    /// <summary>"Welche Städte …", "Wo gibt es …" without a place: the question asks which cities have something.</summary>
    public bool SearchShaped { get; }

    /// <summary>An out-of-scope, person or quantity cue that no aspect evidence outweighs.</summary>
    public bool OutOfScope { get; }

    /// <summary>Some aspect has evidence of at least <see cref="RecognitionWeights.TopicOverRefusal"/>: no refusing cue outweighs it.</summary>
    public bool ClearTopic { get; }

    /// <summary>Content words of the message as typed, each once, in the order asked: what the user searched for.</summary>
    public List<Token> TypedWords { get; }

    /// <summary>The typed content words plus German equivalents of English ones: what the index is asked.</summary>
    public List<string> SearchWords { get; }

    /// <summary>The named cities and the cities of named organisations.</summary>
    public List<City> Cities { get; }

    public bool NamedPlaces { get; }

    public bool FollowUp { get; }

    public bool HasContext { get; }

    public bool Has(CueKind kind) => Analysis.Has(kind);

    public bool HasStrong(CueKind kind) => Analysis.HasStrong(kind);

    /// <summary>Entries of the named cities that contain the message's content words ("Gibt es in Bielefeld eine Flüchtlingsberatung?").</summary>
    public List<SearchHit> CityHits(List<City> cities)
    {
        if (_cityHits is not null)
        {
            return _cityHits;
        }

        // Short words ("gute", "alt") are too common to point at an aspect of one city.
        var words = Analysis.Residual.Where(static t => t.Folded.Length >= 5).Select(static t => t.Surface).ToList();
        _cityHits = words.Count == 0 || cities.Count == 0
            ? []
            : Model.SearchIndex.Search(words, MaxResults).Where(h => cities.Contains(h.City)).ToList();
        return _cityHits;
    }

    /// <summary>
    /// Nouns (typed capitalised, not first in the sentence) that an aspect cue took but no synopsis entry contains; not
    /// the aspect's own name ("Organisationsstruktur" names Orga-Struktur, so that question stays a query).
    /// </summary>
    public List<string> UnmentionedAspectNouns() =>
        Analysis.AspectTokens
            .Where(t => t.Capitalized && !t.FirstOfSentence && t.Correction == 0 && !Model.SearchIndex.Mentions(t.Key) && !Model.SearchIndex.Mentions(t.Stem)
                && !Model.AspectTitleParts.Any(part => t.Folded.Contains(part, StringComparison.Ordinal)))
            .Select(static t => t.Surface)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    public bool IsLowerCase() => Analysis.Tokens.All(static t => !t.Capitalized);

    /// <summary>The aspect's cells give a figure for what the question counts ("Wie viele Plätze …?", "320 Plätze").</summary>
    private bool IsCounted(Aspect aspect) => EvidenceFor(aspect)?.Counted == true;

    /// <summary>The aspect's title or keywords were met, not only its cells ("Stellen" ~ "Personalausstattung").</summary>
    private bool IsTitled(Aspect aspect) => EvidenceFor(aspect)?.Titled == true;

    private AspectEvidence? EvidenceFor(Aspect aspect)
    {
        for (var i = 0; i < Model.Aspects.Count; i++)
        {
            if (Model.Aspects[i] == aspect)
            {
                return Analysis.Aspects[i];
            }
        }

        return null;
    }

    private List<Token> FindTypedWords()
    {
        var residual = SearchShaped
            ? Analysis.Residual.Concat(Analysis.OrganisationTokens.Where(t => !Model.IsFunctionWord(t.Key))).OrderBy(static t => t.Index)
            : Analysis.Residual.AsEnumerable();
        var typed = residual.DistinctBy(static t => t.Surface, StringComparer.OrdinalIgnoreCase).ToList();
        if (SearchShaped && typed.Count > 0)
        {
            // "Welche Städte arbeiten dezentral?": a word an aspect cue took is still part of what is searched for when
            // the entries contain it and it does not name an aspect.
            typed = [.. typed.Concat(Analysis.AspectTokens.Where(t => Model.AspectRanker.NamedAspect(t.Key) is null && Model.SearchIndex.Mentions(t.Stem)))
                .OrderBy(static t => t.Index)
                .DistinctBy(static t => t.Surface, StringComparer.OrdinalIgnoreCase)];
        }

        return typed;
    }

    /// <summary>
    /// An English word the field glossary lacks ("mosque", "podcast") is searched by the first one-word translation of the
    /// general dictionary that the synopsis holds: the dictionary lists the usual sense first, and a word the entries never
    /// write finds nothing. One translation only, because the later ones are other senses ("sections" → "Gruppen").
    /// </summary>
    private string? DictionaryWord(Token token) =>
        Model.Lexicon.Dictionary.GermanFor(token.Surface.ToLowerInvariant())
            .FirstOrDefault(g => !g.Contains(' ', StringComparison.Ordinal) && Model.SearchIndex.Mentions(WordFolder.Stem(WordFolder.Fold(g))));

    private List<string> FindSearchWords(List<Token> typed)
    {
        var words = new List<string>();
        foreach (var token in typed)
        {
            if (!words.Contains(token.Surface, StringComparer.OrdinalIgnoreCase))
            {
                words.Add(token.Surface);
            }

            if (Model.Glossary.TryGetValue(token.Key, out var german) || Model.Glossary.TryGetValue(token.Folded, out german))
            {
                words.AddRange(german.Where(g => !words.Contains(g, StringComparer.OrdinalIgnoreCase)));
            }
            else if (Model.MayBeEnglish(token) && DictionaryWord(token) is { } translation && !words.Contains(translation, StringComparer.OrdinalIgnoreCase))
            {
                words.Add(translation);
            }
        }

        var tokens = Analysis.Tokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (Model.Glossary.TryGetValue(tokens[i].Key + " " + tokens[i + 1].Key, out var german))
            {
                words.AddRange(german.Where(g => !words.Contains(g, StringComparer.OrdinalIgnoreCase)));
            }

            // "interpreter pool" is searched as the synopsis' "Dolmetscherpool" too, capitalised as the German noun it is:
            // the search reads lower-case words beside capitalised ones as mere framing.
            if (Model.AspectRanker.EnglishCompound(tokens, i + 1) is { } compound && !words.Contains(compound, StringComparer.OrdinalIgnoreCase))
            {
                words.Add(char.ToUpperInvariant(compound[0]) + compound[1..]);
            }
        }

        return words;
    }
}
