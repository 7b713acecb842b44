using System.Collections.Frozen;
using System.Text.RegularExpressions;
using IntegrationBot.Core.Search;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Aspects;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Core.Understanding.Matching;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Model;

/// <summary>
/// Everything the recognizer precomputes for one synopsis and lexicon: the phrase index (places, organisations,
/// aspects, question cues), the vocabulary, the typo index, compound heads and the search index. Built once per
/// synopsis; recognising a message then only looks things up.
/// </summary>
public sealed partial class RecognitionModel
{
    private const int MinCompoundPart = 4;

    private readonly HashSet<string> _phraseKeys = new(StringComparer.Ordinal);
    private readonly List<(string Folded, string Key, string Group)> _fuzzyTargets = [];
    private readonly Dictionary<string, List<CueTarget>> _compoundParts = new(StringComparer.Ordinal);
    private readonly Dictionary<City, List<string>> _organisationNames = [];

    public RecognitionModel(SynopsisDocument synopsis, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(synopsis);
        ArgumentNullException.ThrowIfNull(lexicon);
        Synopsis = synopsis;
        Lexicon = lexicon;
        Weights = lexicon.Weights;
        Aspects = synopsis.Aspects;

        FillerKeys = SingleWordKeys(lexicon.Cues[CueKind.Filler]);
        AspectTitleParts = synopsis.Aspects
            .SelectMany(static a => Tokenizer.Tokenize(a.Title))
            .Select(static t => t.Folded)
            .Where(static f => f.Length >= 5)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        DomainParts = lexicon.Cues[CueKind.Domain]
            .SelectMany(static p => Tokenizer.Tokenize(p.Text))
            .Select(static t => t.Folded)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        OutOfScopeHeads = lexicon.Cues[CueKind.OutOfScope]
            .Select(static p => Tokenizer.Tokenize(p.Text))
            .Where(static t => t.Count == 1 && t[0].Folded.Length >= MinOutOfScopeHead)
            .Select(static t => t[0].Folded)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        OutOfScopeWordKeys = SingleWordKeys(lexicon.Cues[CueKind.OutOfScope]);
        PlacePrepositionKeys = SingleWordKeys(lexicon.Cues[CueKind.PlacePreposition]);
        ArticleKeys = SingleWordKeys(lexicon.Cues[CueKind.Article]);
        PickWordKeys = SingleWordKeys(lexicon.Cues[CueKind.PickWord]);
        ConjunctionKeys = SingleWordKeys(lexicon.Cues[CueKind.Conjunction]);
        TargetGroupKeys = SingleWordKeys(lexicon.Cues[CueKind.TargetGroup]);
        StopKeys = lexicon.StopWords.SelectMany(Tokenizer.Keys).ToFrozenSet(StringComparer.Ordinal);
        Analyzer = new SearchAnalyzer(StopKeys);
        SearchIndex = new Bm25SearchIndex(synopsis, Analyzer);

        Places = BuildPlaces(synopsis, lexicon);
        AddPlacePhrases(lexicon);
        // The cells' words, tokenized once for the acronyms of offices and for the typo targets.
        var cellTokens = synopsis.Entries.Select(static e => (e.City, Tokens: Tokenizer.Tokenize(e.PlainText))).ToList();
        AddOrganisations(synopsis, lexicon, cellTokens);
        AddOfficeNames(synopsis, lexicon, cellTokens);
        AddAspects(synopsis, lexicon);
        AddIntentCues(lexicon);
        AddContentWords(cellTokens);
        AddTitlePartTargets(synopsis, lexicon, cellTokens);
        Picks = lexicon.Picks
            .SelectMany(p => Tokenizer.Keys(p.Value.Text).Select(k => KeyValuePair.Create(k, p.Key)))
            .GroupBy(static p => p.Key)
            .ToFrozenDictionary(static g => g.Key, static g => g.First().Value, StringComparer.Ordinal);
        Glossary = lexicon.Glossary
            .GroupBy(static g => string.Join(' ', Tokenizer.Keys(g.Key)))
            .ToFrozenDictionary(static g => g.Key, static g => g.First().Value, StringComparer.Ordinal);

        // Typos of filler words ("Informatonen", "Integraton") must not look like unknown topics.
        foreach (var phrase in lexicon.Cues[CueKind.Filler])
        {
            foreach (var token in Tokenizer.Tokenize(phrase.Text))
            {
                if (token.Folded.Length >= 6)
                {
                    _fuzzyTargets.Add((token.Folded, token.Stem, "filler"));
                }
            }
        }

        ThesaurusKnows = lexicon.Thesaurus.ContainsKey;
        Vocabulary = _phraseKeys
            .Concat(StopKeys).Concat(FillerKeys).Concat(SearchIndex.Vocabulary)
            .Concat(Picks.Keys).Concat(Glossary.Keys.SelectMany(static k => k.Split(' ')))
            .ToFrozenSet(StringComparer.Ordinal);
        Fuzzy = new FuzzyIndex(_fuzzyTargets);
        CompoundParts = _compoundParts.ToFrozenDictionary(static p => p.Key, static p => (IReadOnlyList<CueTarget>)p.Value, StringComparer.Ordinal);
        CompoundPartLookup = CompoundParts.GetAlternateLookup<ReadOnlySpan<char>>();
        AspectRanker = new AspectRanker(synopsis, IsFunctionWord, FieldRelatedWords, Weights, lexicon.Thesaurus.Words, GeneralRelatedWords, TargetGroupKeys.Contains, new EnglishSources(EnglishUsualWords, lexicon.FieldGlossary.GermanForKey, MayBeEnglish, lexicon.Dictionary.GermanFor));
    }

    /// <summary>The weights of ranking and decision rules.</summary>
    public RecognitionWeights Weights { get; }

    /// <summary>Ranks the synopsis' aspects by the evidence of the data (titles, keywords, cells).</summary>
    public AspectRanker AspectRanker { get; }

    /// <summary>
    /// Words of the same concept in the field glossary: curated for this field, so
    /// they count even when the synopsis holds the word itself ("angesiedelt" in a cell still speaks for "Anbindung").
    /// </summary>
    private IEnumerable<string> FieldRelatedWords(string key)
    {
        if (key.StartsWith(AspectRanker.RootMark, StringComparison.Ordinal))
        {
            foreach (var word in Lexicon.FieldGlossary.RelatedByRoot(key[AspectRanker.RootMark.Length..]))
            {
                yield return word;
            }

            yield break;
        }

        foreach (var word in Lexicon.FieldGlossary.RelatedByKey(key))
        {
            yield return word;
        }
    }

    /// <summary>
    /// The usual German word of each concept of an English word or term (by key) of the field glossary: it counts in full,
    /// the concept's other words (<see cref="FieldGlossary.GermanForKey"/>) like a synonym, so "networks" still meets the
    /// title "Netzwerke" but "office" does not name "…Fachstelle".
    /// </summary>
    private IReadOnlyList<string> EnglishUsualWords(string key) => Glossary.TryGetValue(key, out var german) ? german : [];

    /// <summary>
    /// A word the German thesaurus knows is read as English only when the glossary spells an English word exactly so
    /// ("team", "apartment"): "Studenten" shares its stem with "students", which the glossary files under schools.
    /// </summary>
    public bool MayBeEnglish(Token token) => !Lexicon.Thesaurus.ContainsKey(token.Key) || Lexicon.FieldGlossary.IsEnglishWord(token.Folded);

    /// <summary>
    /// Weaker related words: the general thesaurus' synonyms of a stem the synopsis does not hold (bounded, so a word of
    /// many senses does not spread over every aspect; a word the synopsis holds is its own evidence, general synonyms would
    /// only blur it). A thesaurus entry of several words ("politisch Verfolgter" for "Refugee") is a synonym only as a whole;
    /// its words alone are not.
    /// </summary>
    private IEnumerable<string> GeneralRelatedWords(string key) =>
        SearchIndex.Mentions(key) ? [] : Lexicon.Thesaurus.RelatedByKey(key).Where(static w => !w.Contains(' ', StringComparison.Ordinal)).Take(MaxThesaurusSynonyms);

    private const int MaxThesaurusSynonyms = 12;

    public SynopsisDocument Synopsis { get; }

    public Lexicon Lexicon { get; }

    public IReadOnlyList<Aspect> Aspects { get; }

    public IReadOnlyList<KnownPlace> Places { get; }

    public PhraseMatcher Matcher { get; } = new();

    public FrozenSet<string> Vocabulary { get; }

    /// <summary>A word of general German (the thesaurus): a real word, never corrected as a typo.</summary>
    public Func<string, bool> ThesaurusKnows { get; }

    public FrozenSet<string> StopKeys { get; }

    public FrozenSet<string> FillerKeys { get; }

    /// <summary>Folded words of the aspect titles, long enough to recognise inside a compound ("Organisations|struktur").</summary>
    public IReadOnlyList<string> AspectTitleParts { get; }

    /// <summary>Folded word parts of the synopsis' field (data/lexicon/intents.txt, "Domain").</summary>
    public IReadOnlyList<string> DomainParts { get; }

    /// <summary>The word belongs to the field of the synopsis: it contains a domain word part ("Integrationsmonitoring").</summary>
    public bool IsDomainWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Tokenizer.Tokenize(word).Any(t => DomainParts.Any(part => t.Folded.Contains(part, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Folded one-word out-of-scope topics long enough to end a compound ("Haupt|bahnhof", "Anwohner|parkausweis" ends in
    /// no listed word): a compound of such a head is the same topic.
    /// </summary>
    public IReadOnlyList<string> OutOfScopeHeads { get; }

    private const int MinOutOfScopeHead = 5;

    /// <summary>The keys of the one-word out-of-scope phrases ("wetter", "wochenende").</summary>
    public FrozenSet<string> OutOfScopeWordKeys { get; }

    public FrozenSet<string> PlacePrepositionKeys { get; }

    public FrozenSet<string> ArticleKeys { get; }

    public FrozenSet<string> PickWordKeys { get; }

    /// <summary>Words that join two topics (<see cref="CueKind.Conjunction"/>).</summary>
    public FrozenSet<string> ConjunctionKeys { get; }

    /// <summary>The field's general words for the people it serves (<see cref="CueKind.TargetGroup"/>).</summary>
    public FrozenSet<string> TargetGroupKeys { get; }

    /// <summary>
    /// The usual word of the field glossary's concept of staff: its words ("Stellen", "VZÄ", "Mitarbeitende") count staff in
    /// cells, for questions for the staff's size (<see cref="CueKind.Staff"/>).
    /// </summary>
    public const string StaffConcept = "Personal";

    /// <summary>Pick word key → position (1-based, <see cref="Lexicon.PickLast"/>, <see cref="Lexicon.PickAll"/>).</summary>
    public FrozenDictionary<string, int> Picks { get; }

    /// <summary>English word keys (space-separated) → German search words.</summary>
    public FrozenDictionary<string, IReadOnlyList<string>> Glossary { get; }

    public FuzzyIndex Fuzzy { get; }

    /// <summary>Folded aspect words that may end (head) or start (modifier) a compound: "Integrations|stelle".</summary>
    public FrozenDictionary<string, IReadOnlyList<CueTarget>> CompoundParts { get; }

    public FrozenDictionary<string, IReadOnlyList<CueTarget>>.AlternateLookup<ReadOnlySpan<char>> CompoundPartLookup { get; }

    public SearchAnalyzer Analyzer { get; }

    /// <summary>Names of each city's organisations (lexicon and acronyms from the data): what a search for the organisation looks for.</summary>
    public IReadOnlyDictionary<City, List<string>> OrganisationNames => _organisationNames;

    public Bm25SearchIndex SearchIndex { get; }

    public bool IsFunctionWord(string key) => StopKeys.Contains(key) || FillerKeys.Contains(key);

    public City? CityNamed(string name) => Synopsis.Cities.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    public Aspect? AspectTitled(string title) => Aspects.FirstOrDefault(a => string.Equals(a.Title, title, StringComparison.Ordinal));

    private static FrozenSet<string> SingleWordKeys(IEnumerable<LexiconPhrase> phrases) =>
        phrases.SelectMany(static p => Tokenizer.Keys(p.Text)).Where(static k => k != "*").ToFrozenSet(StringComparer.Ordinal);

    private static string JoinedKeys(string text) => string.Join(' ', Tokenizer.Keys(text));

    private static List<KnownPlace> BuildPlaces(SynopsisDocument synopsis, Lexicon lexicon)
    {
        var places = lexicon.Places.Select(static p => new KnownPlace(p.Name, null, p.Ambiguous, p.Region) { NameOnly = p.General }).ToList();
        foreach (var city in synopsis.Cities)
        {
            var cityKey = JoinedKeys(city.Name);
            var row = lexicon.Places.ToList().FindIndex(p => !p.Region && (JoinedKeys(p.Name) == cityKey || p.Aliases.Any(a => JoinedKeys(a) == cityKey)));
            if (row >= 0 && places[row].Covered is null)
            {
                places[row] = places[row] with { Name = city.Name, Covered = city, NameOnly = false };
            }
            else
            {
                places.Add(new KnownPlace(city.Name, city, Ambiguous: false, Region: false));
            }
        }

        return places;
    }

    /// <summary>
    /// "Brandenburg an der Havel", "Weil am Rhein", "Freiburg im Breisgau" are also written "Brandenburg/Havel", "Weil/Rhein",
    /// "Freiburg (Breisgau)": the name without the preposition (slash and brackets separate words like spaces).
    /// </summary>
    private static string? ShortRiverForm(string name)
    {
        var match = RiverName().Match(name);
        return match.Success ? match.Groups["town"].Value + " " + match.Groups["river"].Value : null;
    }

    [GeneratedRegex(@"^(?<town>\S+(?: \S+)?) (?:an der|am|im|in der|ob der|an|vor der) (?<river>\S+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RiverName();

    /// <summary>
    /// The first part of each covered city's long official name ("Landau" of "Landau in der Pfalz", "Lindau" of "Lindau
    /// (Bodensee)"), the way people say it, unless it is a function word, another covered city's short form or name, or
    /// the name of another place the curated gazetteer knows ("Frankfurt" of "Frankfurt (Oder)" stays Frankfurt am Main,
    /// "Brandenburg" of "Brandenburg an der Havel" stays the Land).
    /// </summary>
    /// <param name="names">Every place's names and aliases, as <see cref="AddPlacePhrases"/> collects them.</param>
    private List<(int Id, string Text)> CoveredShortForms(Lexicon lexicon, List<(int Id, string Text)> names)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, text) in names)
        {
            if ((id < lexicon.Places.Count && !lexicon.Places[id].General) || Places[id].Covered is not null)
            {
                owners.TryAdd(JoinedKeys(text), id);
            }
        }

        var forms = Places.Select(static (place, id) => (Id: id, place.Covered, Match: LongName().Match(place.Name)))
            .Where(static f => f.Covered is not null && f.Match.Success)
            .Select(static f => (f.Id, Text: f.Match.Groups["town"].Value))
            .ToList();
        return forms
            .GroupBy(f => JoinedKeys(f.Text), StringComparer.Ordinal)
            .Where(g => g.Count() == 1 && !StopKeys.Contains(g.Key) && (!owners.TryGetValue(g.Key, out var owner) || owner == g.Single().Id))
            .Select(static g => g.Single())
            .ToList();
    }

    [GeneratedRegex(@"^(?<town>\p{L}[\p{L}.-]*(?: \p{L}[\p{L}.-]*)?)(?: (?:an der|am|im|in der|in|ob der|an|vor der|bei|auf der|auf) \S.*| ?\(.+\)|/\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LongName();

    private void AddPlacePhrases(Lexicon lexicon)
    {
        var taken = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<(int Id, string Text)>();
        for (var id = 0; id < Places.Count; id++)
        {
            var place = Places[id];
            names.Add((id, place.Name));
            var row = id < lexicon.Places.Count ? lexicon.Places[id] : null;
            if (row is not null)
            {
                names.Add((id, row.Name));
                names.AddRange(row.Aliases.Select(a => (id, a)));
            }
        }

        // A covered city's short form comes before the names of the general list: in this synopsis "Neustadt" is its
        // "Neustadt an der Weinstraße", not the listed town of that name.
        foreach (var (id, text) in CoveredShortForms(lexicon, names))
        {
            AddPlacePhrase(id, text, taken);
        }

        // Names and aliases first, so a demonym never takes a name ("Brandenburger" must not hide "Brandenburg").
        foreach (var (id, text) in names)
        {
            AddPlacePhrase(id, text, taken);
        }

        foreach (var (id, text) in names)
        {
            if (ShortRiverForm(text) is { } river)
            {
                AddPlacePhrase(id, river, taken);
            }
        }

        foreach (var (id, text) in names.Where(static n => !n.Text.Contains(' ', StringComparison.Ordinal)).ToList())
        {
            if (!Places[id].Region && !Places[id].NameOnly)
            {
                foreach (var demonym in DerivedDemonyms(text))
                {
                    AddPlacePhrase(id, demonym, taken, derived: true);
                }
            }
        }

        for (var id = 0; id < lexicon.Places.Count; id++)
        {
            foreach (var demonym in lexicon.Places[id].Demonyms)
            {
                AddPlacePhrase(id, demonym, taken);
            }
        }
    }

    /// <summary>City adjectives and demonyms: Stuttgart → Stuttgarter, Münster → Münsteraner, Bremen → Bremer, München → Münchner.</summary>
    private static IEnumerable<string> DerivedDemonyms(string name)
    {
        if (name.Length < 4 || !name.All(char.IsLetter))
        {
            yield break;
        }

        yield return name + "er";
        if (name.EndsWith("en", StringComparison.Ordinal))
        {
            yield return name[..^2] + "er";
            yield return name[..^2] + "ner";
        }
        else if (name.EndsWith('e'))
        {
            yield return name + "r";
        }
        else
        {
            yield return name + "aner";
        }
    }

    private void AddPlacePhrase(int id, string text, Dictionary<string, int> taken, bool derived = false)
    {
        var keys = Tokenizer.Keys(text);
        if (keys.Length == 0)
        {
            return;
        }

        var joined = string.Join(' ', keys);
        if (taken.TryGetValue(joined, out var owner) && owner != id)
        {
            return;
        }

        if (derived && (StopKeys.Contains(joined) || FillerKeys.Contains(joined)))
        {
            return;
        }

        taken[joined] = id;
        var place = Places[id];
        AddPhrase(keys, new CueTarget(CueTargetKind.Place, id, default, 1.0));
        if (!place.Ambiguous && !place.NameOnly)
        {
            foreach (var token in Tokenizer.Tokenize(text))
            {
                if (!StopKeys.Contains(token.Stem) && !PlacePrepositionKeys.Contains(token.Stem))
                {
                    _fuzzyTargets.Add((token.Folded, token.Stem, "place:" + id));
                }
            }
        }
    }

    /// <summary>
    /// The cells' longer words are typo targets too ("Rasissmus" → "Rassismus"), each its own group, so a typo between two
    /// of them stays uncorrected. Only words that several entries use: a rare word is as likely the typo's neighbour by
    /// chance as its meaning.
    /// </summary>
    private void AddContentWords(List<(City City, List<Token> Tokens)> cellTokens)
    {
        var words = new Dictionary<string, (string Stem, int Count)>(StringComparer.Ordinal);
        foreach (var (_, tokens) in cellTokens)
        {
            foreach (var token in tokens.DistinctBy(static t => t.Folded))
            {
                if (token.Folded.Length >= MinContentTypoTarget && !char.IsDigit(token.Folded[0]) && !IsFunctionWord(token.Stem))
                {
                    words[token.Folded] = (token.Stem, words.GetValueOrDefault(token.Folded).Count + 1);
                }
            }
        }

        foreach (var (folded, (stem, count)) in words)
        {
            if (count >= MinContentTypoEntries)
            {
                _fuzzyTargets.Add((folded, stem, "word:" + stem));
            }
        }
    }

    private const int MinContentTypoTarget = 6;

    /// <summary>
    /// The parts of compound title words are typo targets too: "Einbürgerungs|förderung" is the title, but "einbürgrung"
    /// means its first part, which the cells may only ever write inside other compounds.
    /// </summary>
    private void AddTitlePartTargets(SynopsisDocument synopsis, Lexicon lexicon, List<(City City, List<Token> Tokens)> cellTokens)
    {
        var splitter = new CompoundSplitter(cellTokens.SelectMany(static c => c.Tokens).Select(static t => t.Folded), lexicon.Thesaurus.Words);
        foreach (var token in synopsis.Aspects.SelectMany(static a => Tokenizer.Tokenize(a.Title)))
        {
            foreach (var part in splitter.Split(token.Folded))
            {
                var stem = WordFolder.Stem(part);
                if (part != token.Folded && part.Length >= MinContentTypoTarget && !IsFunctionWord(stem))
                {
                    _fuzzyTargets.Add((part, stem, "word:" + stem));
                }
            }
        }
    }

    private const int MinContentTypoEntries = 2;

    private void AddOrganisations(SynopsisDocument synopsis, Lexicon lexicon, List<(City City, List<Token> Tokens)> cellTokens)
    {
        foreach (var (cityName, phrase) in lexicon.Organisations)
        {
            var key = JoinedKeys(cityName);
            var id = -1;
            for (var i = 0; i < Places.Count && id < 0; i++)
            {
                var row = i < lexicon.Places.Count ? lexicon.Places[i] : null;
                if (JoinedKeys(Places[i].Name) == key || (row is not null && (JoinedKeys(row.Name) == key || row.Aliases.Any(a => JoinedKeys(a) == key))))
                {
                    id = i;
                }
            }

            if (id >= 0)
            {
                AddPhrase(Tokenizer.Keys(phrase.Text), new CueTarget(CueTargetKind.Organisation, id, default, phrase.Weight));
                AddOrganisationName(Places[id].Covered, phrase.Text);
            }
        }

        // An acronym that occurs in the entries of exactly one city names that city's office ("AmkA" → Frankfurt).
        var acronymCities = new Dictionary<string, HashSet<City>>(StringComparer.Ordinal);
        foreach (var (city, tokens) in cellTokens)
        {
            foreach (var token in tokens)
            {
                if (IsAcronym(token.Surface))
                {
                    if (!acronymCities.TryGetValue(token.Stem, out var cities))
                    {
                        acronymCities[token.Stem] = cities = [];
                    }

                    cities.Add(city);
                }
            }
        }

        // An acronym a title or keyword holds is a topic ("LSBTIQ* Geflüchtete"), not the name of one city's office, even where
        // only one city's cell spells it.
        var topics = synopsis.Aspects
            .SelectMany(static a => a.Keywords.Prepend(a.Title))
            .SelectMany(Tokenizer.Tokenize)
            .Select(static t => t.Stem)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (key, cities) in acronymCities)
        {
            if (cities.Count == 1 && !_phraseKeys.Contains(key) && !topics.Contains(key))
            {
                var id = FindCoveredPlace(cities.First());
                if (id >= 0)
                {
                    AddPhrase([key], new CueTarget(CueTargetKind.Organisation, id, default, 1.0, Acronym: true));
                    AddOrganisationName(Places[id].Covered, key);
                }
            }
        }
    }

    /// <summary>
    /// An office name (<see cref="OfficeNames"/>) that occurs in the entries of exactly one city names that city's office:
    /// its words are the office, not topics of the question. One that several cities use ("Büro für Integration") names
    /// none.
    /// </summary>
    private void AddOfficeNames(SynopsisDocument synopsis, Lexicon lexicon, List<(City City, List<Token> Tokens)> cellTokens)
    {
        var units = lexicon.Cues[CueKind.Unit].SelectMany(static p => Tokenizer.Tokenize(p.Text)).Select(static t => t.Folded).ToHashSet(StringComparer.Ordinal);
        var cityKeys = synopsis.Cities.SelectMany(static c => Tokenizer.Tokenize(c.Name)).Select(static t => t.Stem).ToHashSet(StringComparer.Ordinal);
        bool IsUnitWord(string folded) => units.Contains(folded) || units.Any(u => folded.Length >= u.Length + MinCompoundModifier && folded.EndsWith(u, StringComparison.Ordinal));
        bool MayName(Token token) => !StopKeys.Contains(token.Key) && !StopKeys.Contains(token.Folded) && !cityKeys.Contains(token.Stem);

        var names = new Dictionary<string, (Token[] Tokens, HashSet<City> Cities)>(StringComparer.Ordinal);
        foreach (var (city, tokens) in cellTokens)
        {
            foreach (var name in OfficeNames.Find(tokens, IsUnitWord, MayName))
            {
                var key = string.Join(' ', name.Select(static t => t.Key));
                if (!names.TryGetValue(key, out var entry))
                {
                    names[key] = entry = (name, []);
                }

                entry.Cities.Add(city);
            }
        }

        foreach (var (tokens, cities) in names.Values)
        {
            if (cities.Count == 1 && FindCoveredPlace(cities.First()) is var id and >= 0)
            {
                AddPhrase([.. tokens.Select(static t => t.Key)], new CueTarget(CueTargetKind.Organisation, id, default, 1.0, Office: true));
                AddOrganisationName(Places[id].Covered, string.Join(' ', tokens.Select(static t => t.Surface)));
            }
        }
    }

    /// <summary>A unit word ends a compound only after a modifier of at least this many letters ("Integrations|büro").</summary>
    private const int MinCompoundModifier = 4;

    private void AddOrganisationName(City? city, string name)
    {
        if (city is null)
        {
            return;
        }

        if (!_organisationNames.TryGetValue(city, out var names))
        {
            _organisationNames[city] = names = [];
        }

        names.Add(name);
    }

    private int FindCoveredPlace(City city)
    {
        for (var i = 0; i < Places.Count; i++)
        {
            if (Places[i].Covered == city)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsAcronym(string word) =>
        word.Length is >= 2 and <= 8 && word.Count(char.IsUpper) >= 2 && word.All(char.IsLetter);

    private void AddAspects(SynopsisDocument synopsis, Lexicon lexicon)
    {
        var aspects = synopsis.Aspects;

        // Every aspect title is a cue, whole and word by word; a word shared by several titles only hints.
        var titleWords = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var titleFolded = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var id = 0; id < aspects.Count; id++)
        {
            var keys = Tokenizer.Keys(aspects[id].Title);
            AddPhrase(keys, new CueTarget(CueTargetKind.Aspect, id, default, 2.0, Title: true));
            foreach (var token in Tokenizer.Tokenize(aspects[id].Title))
            {
                if (IsFunctionWord(token.Stem) || token.Folded.Length < 3)
                {
                    continue;
                }

                if (!titleWords.TryGetValue(token.Stem, out var ids))
                {
                    titleWords[token.Stem] = ids = [];
                }

                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }

                titleFolded[token.Stem] = token.Folded;
            }
        }

        var titlesByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < aspects.Count; id++)
        {
            titlesByKey.TryAdd(JoinedKeys(aspects[id].Title), id);
        }

        // A word the lexicon weighs explicitly for an aspect ("zuständig ^0.6") keeps the lexicon's weight.
        var explicitWords = lexicon.AspectSynonyms
            .Where(s => titlesByKey.ContainsKey(JoinedKeys(s.Key)) && Tokenizer.Keys(s.Value.Text).Length == 1)
            .Select(s => (titlesByKey[JoinedKeys(s.Key)], Tokenizer.Keys(s.Value.Text)[0]))
            .ToHashSet();
        foreach (var (key, ids) in titleWords)
        {
            var shared = ids.Count > 1;
            foreach (var id in ids)
            {
                if (!shared && explicitWords.Contains((id, key)))
                {
                    continue;
                }

                // Title words as evidence come from the AspectRanker (weighted by specificity); here they only serve
                // typo correction.
                _fuzzyTargets.Add((titleFolded[key], key, "aspect:" + string.Join(',', ids)));
                _phraseKeys.Add(key);
            }
        }

        foreach (var (title, phrase) in lexicon.AspectSynonyms)
        {
            if (!titlesByKey.TryGetValue(JoinedKeys(title), out var id))
            {
                continue;
            }

            var keys = Tokenizer.Keys(phrase.Text);
            if ((titlesByKey.TryGetValue(string.Join(' ', keys), out var owner) && owner != id)
                || keys.Any(k => titleWords.TryGetValue(k, out var owners) && !owners.Contains(id))
                || HeadOfAnotherTitle(phrase.Text, id, titleWords))
            {
                // The data has another aspect with this word in its title ("Leitbild-Prozess"): the data wins over a
                // lexicon synonym written for a different synopsis.
                continue;
            }

            var target = new CueTarget(CueTargetKind.Aspect, id, default, phrase.Weight);
            AddPhrase(keys, target);
            if (keys.Length == 1)
            {
                var token = Tokenizer.Tokenize(phrase.Text)[0];
                AddAspectWord(token.Folded, token.Stem, target, "aspect:" + id);
            }
            else
            {
                foreach (var token in Tokenizer.Tokenize(phrase.Text))
                {
                    if (!IsFunctionWord(token.Stem))
                    {
                        _fuzzyTargets.Add((token.Folded, token.Stem, "aspect:" + id));
                    }
                }
            }
        }
    }

    /// <summary>
    /// A one-word lexicon synonym is the head of a compound in another aspect's title ("organisation" in "Beteiligung von
    /// Migranten|organisationen"): the data's title says what the word is about in this synopsis.
    /// </summary>
    private static bool HeadOfAnotherTitle(string phrase, int id, Dictionary<string, List<int>> titleWords)
    {
        var words = Tokenizer.Tokenize(phrase);
        if (words.Count != 1 || words[0].Stem.Length < MinCompoundPart + 1)
        {
            return false;
        }

        var stem = words[0].Stem;
        foreach (var (titleWord, owners) in titleWords)
        {
            if (titleWord.Length > stem.Length + 2 && titleWord.EndsWith(stem, StringComparison.Ordinal) && owners.Any(owner => owner != id))
            {
                return true;
            }
        }

        return false;
    }

    private void AddAspectWord(string folded, string stem, CueTarget target, string group)
    {
        _fuzzyTargets.Add((folded, stem, group));
        if (target.Shared || target.Weight < LexiconPhrase.StrongWeight || folded.Length < MinCompoundPart)
        {
            return;
        }

        foreach (var form in new[] { folded, stem }.Distinct())
        {
            if (form.Length < MinCompoundPart)
            {
                continue;
            }

            if (!_compoundParts.TryGetValue(form, out var list))
            {
                _compoundParts[form] = list = [];
            }

            if (!list.Contains(target))
            {
                list.Add(target);
            }
        }
    }

    private void AddIntentCues(Lexicon lexicon)
    {
        foreach (var (kind, phrases) in lexicon.Cues)
        {
            if (kind is CueKind.Filler or CueKind.PlacePreposition or CueKind.Article or CueKind.PickWord or CueKind.Domain or CueKind.Conjunction or CueKind.TargetGroup or CueKind.Unit)
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                var keys = Tokenizer.Keys(phrase.Text);
                AddPhrase(keys, new CueTarget(CueTargetKind.Intent, 0, kind, phrase.Weight));
                foreach (var token in Tokenizer.Tokenize(phrase.Text))
                {
                    if (!IsFunctionWord(token.Stem) && token.Folded.Length >= 5)
                    {
                        _fuzzyTargets.Add((token.Folded, token.Stem, "cue:" + kind));
                    }
                }
            }
        }
    }

    private void AddPhrase(string[] keys, CueTarget target)
    {
        Matcher.Add(keys, target);
        foreach (var key in keys)
        {
            if (key != "*")
            {
                _phraseKeys.Add(key);
            }
        }
    }
}
