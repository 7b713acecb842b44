using System.Collections.Concurrent;
using System.Collections.Frozen;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Language;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Aspects;

/// <summary>
/// Ranks the aspects of a synopsis for a text by evidence from the data itself, so that any synopsis is understood
/// without a lexicon line per aspect. Each aspect is a small document with three fields: its title, the office's
/// keywords and its cells across all cities. Words are folded and stemmed, compounds split against the synopsis' own
/// vocabulary (on both sides), and each field weighs differently (<see cref="RecognitionWeights"/>): a title word more
/// than a keyword, a keyword more than a word of the cells. Every weight is multiplied by the word's specificity, an
/// IDF across aspects, so a word found in every aspect ("Integration", "Migration") says little. A word of the cells
/// is evidence for the aspect only, never for the city whose cell holds it; city names are skipped. Immutable and
/// thread-safe; built once per synopsis.
/// </summary>
public sealed class AspectRanker
{
    private readonly IReadOnlyList<Aspect> _aspects;
    private readonly RecognitionWeights _weights;
    private readonly FrozenDictionary<string, Posting[]> _postings;

    /// <summary>The first letters of every whole title or keyword word: most question compounds begin like none of them.</summary>
    private readonly FrozenSet<string> _titleWordStarts;
    private readonly FrozenDictionary<string, Posting[]> _counted;
    private readonly FrozenDictionary<string, (int Aspect, City City)[]> _cityCells;
    private readonly CompoundSplitter _splitter;
    private readonly CompoundSplitter _generalHeads;
    private readonly Func<string, bool> _isFunctionKey;
    private readonly Func<string, IEnumerable<string>> _related;
    private readonly Func<string, IEnumerable<string>> _generalRelated;
    private readonly EnglishSources _english;
    private readonly FrozenSet<string> _cityKeys;
    private readonly Func<string, bool> _isGroupKey;
    private readonly ConcurrentDictionary<string, string[]> _fieldStems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _generalStems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _englishStems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _englishUsualStems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _englishGeneralStems = new(StringComparer.Ordinal);
    private readonly EnglishCompounds _englishCompounds;

    /// <param name="synopsis">The synopsis whose aspects are ranked.</param>
    /// <param name="isFunctionKey">Function words (by stem) that are never evidence.</param>
    /// <param name="related">Words of the same concept in the field (curated glossary), as text; may be empty. They may
    /// name an aspect whose title word they meet.</param>
    /// <param name="weights">The weights; <see cref="RecognitionWeights.Default"/> when null.</param>
    /// <param name="generalWords">Folded words of general German that compounds may be split into (the thesaurus' words).</param>
    /// <param name="generalRelated">Synonyms from general German (the thesaurus): weaker, never naming, capped below a cell
    /// word (<see cref="RecognitionWeights.ThesaurusCap"/>): a thesaurus line mixes senses ("Vater" ~ "Senior").</param>
    /// <param name="english">The German words for English question words; none when null.</param>
    /// <param name="isGroupKey">The field's general words for the people it serves (by stem): beside other words of a
    /// title they say for whom ("Ältere Migrantinnen und Migranten"), not what.</param>
    public AspectRanker(SynopsisDocument synopsis, Func<string, bool> isFunctionKey, Func<string, IEnumerable<string>>? related = null, RecognitionWeights? weights = null, FrozenSet<string>? generalWords = null, Func<string, IEnumerable<string>>? generalRelated = null, Func<string, bool>? isGroupKey = null, EnglishSources? english = null)
    {
        ArgumentNullException.ThrowIfNull(synopsis);
        ArgumentNullException.ThrowIfNull(isFunctionKey);
        _aspects = synopsis.Aspects;
        _weights = weights ?? RecognitionWeights.Default;
        _isFunctionKey = isFunctionKey;
        _related = related ?? (static _ => []);
        _generalRelated = generalRelated ?? (static _ => []);
        _english = english ?? EnglishSources.None;
        _isGroupKey = isGroupKey ?? (static _ => false);
        _cityKeys = synopsis.Cities.SelectMany(static c => Tokenizer.Tokenize(c.Name)).Select(static t => t.Stem).ToFrozenSet(StringComparer.Ordinal);

        var index = synopsis.Aspects.Select((a, i) => (a, i)).ToDictionary(static x => x.a, static x => x.i);
        var titles = new List<Token>[_aspects.Count];
        var keywords = new List<Token>[_aspects.Count];
        var keywordPhrases = new List<Token>[_aspects.Count][];
        var restoredKeywords = new List<Token>[_aspects.Count];
        var cells = CityMaps(_aspects.Count);
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _aspects.Count; i++)
        {
            titles[i] = ContentTokens(_aspects[i].Title);
            titles[i].AddRange(JoinedVerbs(Tokenizer.Tokenize(_aspects[i].Title), titles[i].Count));
            keywordPhrases[i] = [.. _aspects[i].Keywords.Select(ContentTokens)];
            keywords[i] = keywordPhrases[i].SelectMany(static k => k).ToList();
            AddToVocabulary(vocabulary, titles[i]);
            AddToVocabulary(vocabulary, keywords[i]);
        }

        var writtenCase = new Dictionary<string, (int Lower, int Upper)>(StringComparer.Ordinal);
        var cellTokens = new List<(int Aspect, City City, Token Token)>();
        var countedTokens = new List<(int Aspect, City City, Token Token)>();
        foreach (var entry in synopsis.Entries)
        {
            if (!index.TryGetValue(entry.Aspect, out var aspect))
            {
                continue;
            }

            var all = Tokenizer.Tokenize(entry.PlainText);
            for (var t = 0; t < all.Count; t++)
            {
                var token = all[t];
                if (!token.FirstOfSentence)
                {
                    var counts = writtenCase.GetValueOrDefault(token.Stem);
                    writtenCase[token.Stem] = token.Capitalized ? (counts.Lower, counts.Upper + 1) : (counts.Lower + 1, counts.Upper);
                }

                if (!IsContent(token) || _cityKeys.Contains(token.Stem))
                {
                    continue;
                }

                cellTokens.Add((aspect, entry.City, token));
                vocabulary.Add(token.Folded);
                vocabulary.Add(token.Stem);
                if (t > 0 && IsFigure(all[t - 1]))
                {
                    countedTokens.Add((aspect, entry.City, token));
                }
            }

            foreach (var joined in JoinedVerbs(all, all.Count))
            {
                cellTokens.Add((aspect, entry.City, joined));
                vocabulary.Add(joined.Folded);
                vocabulary.Add(joined.Stem);
            }
        }

        // Title words may be compounds of general German the cells never spell out ("Personal|ausstattung"); their parts
        // join the vocabulary, so questions and cells split against them too. Questions and cells themselves split against
        // the synopsis' words only: general German would cut them into parts no aspect is about.
        var titleSplitter = new CompoundSplitter(vocabulary, generalWords);
        var elided = new HashSet<string>[_aspects.Count];
        for (var i = 0; i < _aspects.Count; i++)
        {
            elided[i] = ElidedCompound.Modifiers(_aspects[i].Title, titleSplitter.Split).ToHashSet(StringComparer.Ordinal);
            titles[i].AddRange(RestoredCompounds(_aspects[i].Title, titleSplitter, titles[i].Count));
            restoredKeywords[i] = _aspects[i].Keywords.SelectMany(k => RestoredCompounds(k, titleSplitter, keywords[i].Count)).ToList();
            keywords[i].AddRange(restoredKeywords[i]);
            AddToVocabulary(vocabulary, titles[i]);
            AddToVocabulary(vocabulary, keywords[i]);
        }

        var generalParts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in titles.Concat(keywords).SelectMany(static t => t))
        {
            foreach (var part in titleSplitter.Split(token.Folded))
            {
                if (vocabulary.Add(part))
                {
                    generalParts.Add(part);
                }
            }
        }

        _splitter = new CompoundSplitter(vocabulary);
        _generalHeads = new CompoundSplitter(vocabulary, generalWords);
        foreach (var (aspect, city, token) in cellTokens)
        {
            AddCity(cells[aspect], token.Stem, city);
            AddCity(cells[aspect], RootMark + DerivationRoot.Of(token.Folded), city);
            foreach (var part in _splitter.Split(token.Folded))
            {
                AddCity(cells[aspect], "\u0001" + WordFolder.Stem(part), city);
            }
        }

        var builder = new PostingBuilder(_aspects.Count);
        for (var i = 0; i < _aspects.Count; i++)
        {
            var qualifiers = TitleQualifiers(_aspects[i].Title, cells);
            var adjectives = TitleAdjectives(_aspects[i].Title, writtenCase);
            // "Berufs-" of "Berufs- und Studienabschlüsse" is a part of the restored "Berufsabschlüsse", which names the aspect:
            // alone it would name it for every question about a job.
            // An adjective the cells of many aspects use ("junge" of "Mädchen- und junge Frauenarbeit") says little of the topic.
            var generic = adjectives.Where(a => Spread(cells, a) >= _weights.GenericHeadSpread).ToHashSet(StringComparer.Ordinal);
            AddNamingWords(builder, i, titles[i].Where(t => !qualifiers.Contains(t.Index) && !elided[i].Contains(t.Folded)).ToList(), _weights.TitleWord, _weights.TitlePart, generalParts, adjectives, generic);
            AddQualifiers(builder, i, titles[i].Where(t => qualifiers.Contains(t.Index)));

            // A keyword is read like a title: in "ältere Migranten" the people say for whom, so "Migranten" does not name
            // the aspect of elderly care in every question about migrants.
            var keywordNames = new List<Token>(restoredKeywords[i]);
            for (var k = 0; k < keywordPhrases[i].Length; k++)
            {
                var keywordQualifiers = TitleQualifiers(_aspects[i].Keywords[k], cells);
                keywordNames.AddRange(keywordPhrases[i][k].Where(t => !keywordQualifiers.Contains(t.Index)));
                AddQualifiers(builder, i, keywordPhrases[i][k].Where(t => keywordQualifiers.Contains(t.Index)));
            }

            AddNamingWords(builder, i, keywordNames, _weights.KeywordWord, _weights.TitlePart, generalParts);
        }

        // Like a search engine's length normalisation (BM25's b): an aspect whose cells hold many words (the tasks of the
        // office, which touch every topic) meets more question words by chance, so its cell words count a little less.
        var lengths = cells.Select(static c => (double)c.Keys.Count(static k => k[0] != '\u0001' && k[0] != RootMark[0])).ToArray();
        var averageLength = lengths.Length == 0 ? 1 : Math.Max(1, lengths.Average());
        var b = _weights.CellLengthNormalisation;
        for (var i = 0; i < _aspects.Count; i++)
        {
            var lengthFactor = 1.0 / (1 - b + (b * lengths[i] / averageLength));
            foreach (var (key, cities) in cells[i])
            {
                var part = key[0] == '\u0001';
                builder.Add(part ? key[1..] : key, i, (part ? _weights.ContentPart : _weights.ContentWord) * Saturation(cities.Count) * lengthFactor, named: false, title: false);
            }
        }

        _postings = builder.Build(_weights);
        _titleWordStarts = _postings.Where(static p => p.Key.Length >= TitleWordStart && p.Value.Any(static v => v.Whole))
            .Select(static p => p.Key[..TitleWordStart]).ToFrozenSet(StringComparer.Ordinal);
        _englishCompounds = new EnglishCompounds(_english, stem => _postings.ContainsKey(stem));
        _counted = CountedPostings(countedTokens);
        _cityCells = CityCells(cells);
    }

    /// <summary>
    /// The words that stand right after a figure in each aspect's cells ("4,5 Stellen", "320 Plätze", "20 Wochenstunden"),
    /// with the heads of compounds ("3 Vollzeit|stellen"): what the aspect counts, so it answers a question for that number.
    /// </summary>
    private FrozenDictionary<string, Posting[]> CountedPostings(List<(int Aspect, City City, Token Token)> counted)
    {
        var cells = CityMaps(_aspects.Count);
        foreach (var (aspect, city, token) in counted)
        {
            AddCity(cells[aspect], token.Stem, city);
            if (HeadStem(token) is { } head)
            {
                AddCity(cells[aspect], head, city);
            }
        }

        var builder = new PostingBuilder(_aspects.Count);
        for (var i = 0; i < _aspects.Count; i++)
        {
            foreach (var (key, cities) in cells[i])
            {
                builder.Add(key, i, _weights.CountedWord * Saturation(cities.Count), named: false, title: false);
            }
        }

        return builder.Build(_weights);
    }

    /// <summary>The stem of a compound's head ("Vollzeit|stellen" → "stell"), or null when the word is no compound.</summary>
    private string? HeadStem(Token token) =>
        _splitter.Split(token.Folded) is { Count: > 1 } parts ? WordFolder.Stem(parts[^1]) : null;

    /// <summary>Which city's cell of which aspect holds each key (whole word, root or part), for the asked-city factor.</summary>
    private static FrozenDictionary<string, (int Aspect, City City)[]> CityCells(Dictionary<string, HashSet<City>>[] cells)
    {
        var holders = new Dictionary<string, HashSet<(int Aspect, City City)>>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Length; i++)
        {
            foreach (var (key, cities) in cells[i])
            {
                var plain = key[0] == '\u0001' ? key[1..] : key;
                if (!holders.TryGetValue(plain, out var set))
                {
                    holders[plain] = set = [];
                }

                foreach (var city in cities)
                {
                    set.Add((i, city));
                }
            }
        }

        return holders.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>True when one of the asked cities' cells of the aspect holds the key.</summary>
    private bool AskedCityHolds(string key, int aspect, IReadOnlyList<City> asked)
    {
        if (asked.Count == 0 || !_cityCells.TryGetValue(key, out var holders))
        {
            return false;
        }

        foreach (var (a, city) in holders)
        {
            if (a == aspect && asked.Contains(city))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word found in the cells of this many cities counts this share of its weight, approaching 1.</summary>
    private double Saturation(int cities) => cities / (cities + _weights.ContentCitySaturation);

    private static Dictionary<string, HashSet<City>>[] CityMaps(int aspects) =>
        Enumerable.Range(0, aspects).Select(static _ => new Dictionary<string, HashSet<City>>(StringComparer.Ordinal)).ToArray();

    /// <summary>A figure ("4,5", "320") or a German number word ("zwei", "zwölf") that may count the next word.</summary>
    private static bool IsFigure(Token token) => char.IsDigit(token.Folded[0]) || NumberWords.Contains(token.Folded);

    private static readonly FrozenSet<string> NumberWords = new[]
    {
        "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwolf", "zwanzig", "dreissig",
        "vierzig", "funfzig", "hundert", "tausend", "halbe", "halben", "anderthalb", "eineinhalb", "zweieinhalb",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Adds the evidence of a question for a number: the first content words after the question phrase ("wie viele
    /// internationale Fachkräfte") are what is counted, and an aspect whose cells count them holds the answer.
    /// </summary>
    /// <param name="counted">Set for each aspect whose cells count what is asked.</param>
    public void ScoreCounted(IReadOnlyList<Token> tokens, int first, bool[] skip, double[] scores, bool[] counted)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(skip);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(counted);
        var best = new double[_aspects.Count];
        var words = 0;
        for (var position = first; position < tokens.Count && words < MaxCountedWords; position++)
        {
            var token = tokens[position];
            if (skip[token.Index] || !IsContent(token))
            {
                continue;
            }

            words++;
            AddCounted(token.Key, 1.0, best);
            if (HeadStem(token) is { } head)
            {
                AddCounted(head, 1.0, best);
            }

            // "How many members …?": the German words of the same concept are counted in the cells ("30 Mitglieder").
            foreach (var key in RelatedStems(_fieldStems, token.Key, _related, exceptKey: true) ?? [])
            {
                AddCounted(key, _weights.FieldRelatedFactor, best);
            }
        }

        AddCountedScores(best, scores, counted);
    }

    /// <summary>
    /// Adds the evidence of a question for the size of the staff: an aspect whose cells count one of the field's words for
    /// staff ("4,5 Stellen", "3 VZÄ", "zwei Mitarbeitende") holds the answer, however the question put it ("Leute").
    /// </summary>
    /// <param name="staffWord">The usual word of the field glossary's concept of staff: it and its glossary words are counted.</param>
    /// <param name="counted">Set for each aspect whose cells count staff.</param>
    public void ScoreStaff(string staffWord, double[] scores, bool[] counted)
    {
        ArgumentNullException.ThrowIfNull(staffWord);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(counted);
        var best = new double[_aspects.Count];
        var key = LanguageKey.Of(staffWord);
        AddCounted(key, 1.0, best);
        foreach (var stem in RelatedStems(_fieldStems, key, _related, exceptKey: true) ?? [])
        {
            AddCounted(stem, 1.0, best);
        }

        AddCountedScores(best, scores, counted);
    }

    /// <summary>Adds each aspect's best counted evidence to its score and marks it as counting the asked thing.</summary>
    private static void AddCountedScores(double[] best, double[] scores, bool[] counted)
    {
        for (var i = 0; i < best.Length; i++)
        {
            if (best[i] > 0)
            {
                scores[i] += best[i];
                counted[i] = true;
            }
        }
    }

    private void AddCounted(string key, double factor, double[] best)
    {
        if (_counted.TryGetValue(key, out var postings))
        {
            foreach (var posting in postings)
            {
                best[posting.Aspect] = Math.Max(best[posting.Aspect], posting.Weight * factor);
            }
        }
    }

    /// <summary>What is counted is a noun, maybe after one adjective ("wie viele internationale Fachkräfte").</summary>
    private const int MaxCountedWords = 2;

    /// <summary>The words the ranker knows (stems), for typo correction and vocabulary checks.</summary>
    public IEnumerable<string> Keys => _postings.Keys;

    /// <summary>The strongest evidence the stem is for any aspect (0 when the synopsis does not hold it).</summary>
    public double Strength(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _postings.TryGetValue(key, out var postings) ? postings.Max(static p => p.Weight) : 0;
    }

    /// <summary>
    /// The strongest evidence one word alone gives any aspect, as a whole or by its compound parts: "Sportverein" is a
    /// topic of a synopsis titled "Integration durch Sport". Synonyms do not count: they would make every everyday word
    /// a topic somewhere.
    /// </summary>
    public double TopicStrength(Token token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var strength = Strength(token.Key);
        foreach (var part in _splitter.Split(token.Folded))
        {
            var stem = WordFolder.Stem(part);
            if (!_isFunctionKey(stem))
            {
                strength = Math.Max(strength, Strength(stem) * _weights.QueryPartFactor);
            }
        }

        return strength;
    }

    /// <summary>The aspect the stem names (a specific word of its title or keywords), or null.</summary>
    public Aspect? NamedAspect(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_postings.TryGetValue(key, out var postings))
        {
            foreach (var posting in postings)
            {
                if (posting.Named)
                {
                    return _aspects[posting.Aspect];
                }
            }
        }

        return null;
    }

    /// <summary>True when the stem is evidence for some aspect.</summary>
    public bool Knows(string key) => _postings.ContainsKey(key);

    [ThreadStatic]
    private static List<string>? _explanation;

    /// <summary>
    /// The ranking of a text with every piece of evidence behind it, one line each (stem, factor, weight, aspect), for
    /// `evaluate --explain`.
    /// </summary>
    public (IReadOnlyList<RankedAspect> Ranked, IReadOnlyList<string> Evidence) Explain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _explanation = [];
        try
        {
            return (Rank(text), _explanation);
        }
        finally
        {
            _explanation = null;
        }
    }

    /// <summary>The aspects a free text speaks for, best first; aspects without evidence are left out.</summary>
    public IReadOnlyList<RankedAspect> Rank(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scores = new double[_aspects.Count];
        var named = new bool[_aspects.Count];
        Score(Tokenizer.Tokenize(text), null, scores, named);
        return Enumerable.Range(0, _aspects.Count)
            .Where(i => scores[i] > 0)
            .Select(i => new RankedAspect(_aspects[i], Math.Round(scores[i], 4), named[i]))
            .OrderByDescending(static r => r.Score)
            .ThenBy(static r => r.Aspect.Order)
            .ToList();
    }

    /// <summary>
    /// Adds the evidence of <paramref name="tokens"/> to <paramref name="scores"/> (one per aspect); tokens marked in
    /// <paramref name="skip"/> (places, question cues) are left out. Each word counts once per aspect, at its best match.
    /// </summary>
    /// <param name="titled">When given, set for each aspect that got evidence from its title or keywords (directly or
    /// through a related word), not only from its cells.</param>
    /// <param name="asked">The cities the question names: a word their own cell of an aspect holds counts more there
    /// (<see cref="RecognitionWeights.AskedCityCellFactor"/>).</param>
    public void Score(IReadOnlyList<Token> tokens, bool[]? skip, double[] scores, bool[] named, bool[]? titled = null, IReadOnlyList<City>? asked = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(named);
        var evidence = new WordEvidence(_aspects.Count, asked ?? []);
        var previous = -1;
        var separable = SeparableVerb.Join(tokens);
        var mayTakeEnglish = MayTakeEnglish(skip);
        for (var position = 0; position < tokens.Count; position++)
        {
            var token = tokens[position];
            // The verb of a split separable verb also counts as the joined word ("bringt … unter" = "unterbringen"); a light
            // verb ("kommt … an") only so.
            var joined = separable.Count == 0 || (skip is not null && skip[token.Index]) ? null : JoinedAt(separable, position);
            if (joined is not null && ApplyJoined(joined, evidence))
            {
                // A finite verb whose joined form the synopsis holds counts only as that form: "arbeitet … zusammen" is about
                // cooperation, not about the way of working that "arbeitet" alone would meet.
                evidence.Flush(scores, named, titled);
                previous = -1;
                continue;
            }

            if ((skip is not null && skip[token.Index]) || !IsContent(token) || _cityKeys.Contains(token.Key))
            {
                evidence.Flush(scores, named, titled);
                // Function words may stand inside a term of the field ("Vereine von Migranten"); anything else ends it.
                if (skip is not null && skip[token.Index] || !_isFunctionKey(token.Key) || position - previous > MaxTermGap)
                {
                    previous = -1;
                }

                continue;
            }

            var found = Apply(token.Key, 1.0, evidence);
            var wholeFound = found;
            if (!found && VowelPluralSingular(token.Folded) is { } singular)
            {
                found = Apply(WordFolder.Stem(singular), 1.0, evidence);
            }

            if (!found && token.Correction == 0)
            {
                found = Apply(RootMark + DerivationRoot.Of(token.Folded), _weights.DerivedWordFactor, evidence);
            }

            if (token.Correction == 0)
            {
                // Parts count even when the compound itself is in the data ("Ausländer|beirat" speaks for the "Beiräte"),
                // then at a further discount: the whole word already said where it belongs.
                var partFactor = found ? _weights.QueryPartFactor * _weights.KnownCompoundPartFactor : _weights.QueryPartFactor;
                var parts = _splitter.Split(token.Folded);
                for (var p = 0; p < parts.Count; p++)
                {
                    var stem = WordFolder.Stem(parts[p]);
                    if (!_isFunctionKey(stem))
                    {
                        // A part alone never names an aspect: "Querschnitts|aufgabe" is not about the tasks.
                        found |= Apply(stem, partFactor, evidence, mayName: false, askedBoost: false);
                    }
                }

                if (!wholeFound && TitleModifier(token.Folded) is { } titleModifier)
                {
                    // The longest known head may hide a title word in front ("Familien|bildungsangebote" against
                    // "Familienbildung|s|angebote"): a compound that begins with a title word is about that topic. Where
                    // the split already holds that word, this adds nothing: each word counts once per aspect, at its best.
                    found |= Apply(titleModifier, _weights.QueryPartFactor, evidence, mayName: false, askedBoost: false);
                }

                if (!found && parts.Count == 0 && _generalHeads.VocabularyModifier(token.Folded) is { } modifier)
                {
                    // A word the data never holds, made of one of its words and a general head ("Zuzugs|stopp"), is about that word.
                    // Its synonyms still count in full: the head may say more than the modifier ("Familien|treffpunkte").
                    Apply(WordFolder.Stem(modifier), _weights.QueryPartFactor, evidence, mayName: false, askedBoost: false);
                }
            }

            // A word some title or keyword holds already says which aspect it is about; its field synonyms would make a
            // generic word ("Stelle" of "Dienststelle") pull another aspect too.
            if (!IsTitleWord(token.Key))
            {
                // A word the cells hold is evidence where it stands; its synonyms count less beside it, and less still
                // beside a title whose part it is ("Arbeit" of "Arbeitsweise" may still mean the labour market).
                var factor = !found ? 1.0 : InTitlePart(token.Key) ? _weights.TitlePartRelatedFactor : _weights.HeldWordRelatedFactor;
                var mayBeEnglish = _english.MayBeEnglish(token);
                if (!ApplyRelated(token.Key, factor, evidence, mayBeEnglish))
                {
                    if (mayBeEnglish && _english.General is { } general)
                    {
                        // An English word beyond the field ("churches", "attacked"): its dictionary words, like synonyms.
                        foreach (var stem in RelatedStems(_englishGeneralStems, token.Folded, general, exceptKey: false) ?? [])
                        {
                            Apply(stem, 1.0, evidence, mayName: false, cap: _weights.ContentWord, askedBoost: false);
                        }
                    }

                    if (token.Correction == 0)
                    {
                        // A form the glossary does not list ("überprüft") may share its root with one it does ("überprüfen").
                        // Two steps from the typed word (root, then synonym): never more than a cell word.
                        ApplyRelated(RootMark + DerivationRoot.Of(token.Folded), factor * _weights.DerivedWordFactor, evidence, english: false, _weights.ContentWord);
                    }
                }
            }

            // Terms of the field of two words ("integration council", "welcome centre"), maybe with function words between
            // ("Vereine von Migranten"), carry a sense neither word has alone, and the first word may be too common to count
            // alone ("integration"); the term counts with its last word, so it adds no more than one word would.
            if (position > 0 && tokens[position - 1] is var before && (skip is null || !skip[before.Index]))
            {
                ApplyRelated(before.Key + " " + token.Key, 1.0, evidence, english: true);
            }

            if (previous >= 0 && position - previous > 1)
            {
                ApplyRelated(TermKey(tokens, previous, position), 1.0, evidence, english: true);
            }

            if (_englishCompounds.Find(tokens, position, mayTakeEnglish) is { } compound)
            {
                // A translation, like a synonym: it never names the aspect.
                Apply(WordFolder.Stem(compound), 1.0, evidence, mayName: false);
            }

            previous = position;
            evidence.Flush(scores, named, titled);
        }
    }

    private static string? JoinedAt(IReadOnlyList<(int Position, string Folded)> separable, int position)
    {
        foreach (var (at, folded) in separable)
        {
            if (at == position)
            {
                return folded;
            }
        }

        return null;
    }

    /// <summary>
    /// A joined separable verb counts like a typed word: as held, else through its root. Not through the glossary: the verb
    /// often has another sense than the noun the glossary lists ("gegen Rassismus vorgehen" is no "Vorgehen", a way of working).
    /// </summary>
    private bool ApplyJoined(string folded, WordEvidence evidence)
    {
        var stem = WordFolder.Stem(folded);
        return Apply(stem, 1.0, evidence) || Apply(RootMark + DerivationRoot.Of(folded), _weights.DerivedWordFactor, evidence);
    }

    /// <summary>
    /// The German compound (folded) that two or three English words ending at <paramref name="last"/> make and the synopsis
    /// holds as one word ("school social work" → "schulsozialarbeit"; <see cref="EnglishCompounds"/>); null if none.
    /// </summary>
    public string? EnglishCompound(IReadOnlyList<Token> tokens, int last, bool[]? skip = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return _englishCompounds.Find(tokens, last, MayTakeEnglish(skip));
    }

    /// <summary>A word an English compound may be made of: a content word the caller did not skip.</summary>
    private Func<Token, bool> MayTakeEnglish(bool[]? skip) => token => (skip is null || !skip[token.Index]) && IsContent(token);

    /// <summary>
    /// The singular of a plural in "-s" after a vowel ("Kitas", "Unis", "Autos"), which the light stemmer keeps; null for
    /// other words. Only looked up when the word itself is unknown, so "Bus" or "Kurs" never lose their "s".
    /// </summary>
    private static string? VowelPluralSingular(string folded) =>
        folded.Length >= 4 && folded[^1] == 's' && "aiouy".Contains(folded[^2], StringComparison.Ordinal) ? folded[..^1] : null;

    /// <summary>The two words of a term of the field stand at most this far apart, function words between ("Beratung für die Geflüchteten").</summary>
    private const int MaxTermGap = 3;

    private static string TermKey(IReadOnlyList<Token> tokens, int first, int last) =>
        string.Join(' ', Enumerable.Range(first, last - first + 1).Select(p => tokens[p].Key));

    private bool InTitlePart(string key) =>
        _postings.TryGetValue(key, out var postings) && postings.Any(static p => p.Title);

    /// <summary>
    /// The stem of the longest whole title or keyword word a compound begins with, maybe with a linking "s", before a head
    /// of at least <see cref="CompoundSplitter.MinPartLength"/> letters; null when there is none.
    /// </summary>
    private string? TitleModifier(string folded)
    {
        if (folded.Length < MinTitleModifier + CompoundSplitter.MinPartLength || !_titleWordStarts.Contains(folded[..TitleWordStart]))
        {
            return null;
        }

        for (var length = folded.Length - CompoundSplitter.MinPartLength; length >= MinTitleModifier; length--)
        {
            var modifier = folded[..length];
            var stem = TitleWordStem(modifier) ?? (modifier[^1] == 's' ? TitleWordStem(modifier[..^1]) : null);
            if (stem is not null)
            {
                return stem;
            }
        }

        return null;
    }

    private string? TitleWordStem(string modifier) =>
        modifier.Length >= MinTitleModifier && WordFolder.Stem(modifier) is var stem && IsTitleWord(stem) ? stem : null;

    /// <summary>Whether the stem is a whole naming word of some title or keywords, however many aspects hold it.</summary>
    public bool IsTitleWord(string key) =>
        _postings.TryGetValue(key, out var postings) && postings.Any(static p => p.Whole);

    /// <returns>True when the field glossary knew the key (in German, or in English where it may be English).</returns>
    private bool ApplyRelated(string key, double factor, WordEvidence evidence, bool english, double cap = double.MaxValue)
    {
        var field = RelatedStems(_fieldStems, key, _related, exceptKey: true);
        var usual = english ? RelatedStems(_englishUsualStems, key, _english.Usual, exceptKey: true) : null;
        foreach (var stem in (field ?? []).Concat(usual ?? []))
        {
            Apply(stem, _weights.FieldRelatedFactor * factor, evidence, mayName: false, cap: cap, askedBoost: false);
        }

        foreach (var stem in RelatedStems(_generalStems, key, _generalRelated, exceptKey: false) ?? [])
        {
            Apply(stem, _weights.RelatedWordFactor, evidence, mayName: false, cap: _weights.ThesaurusCap, askedBoost: false);
        }

        // The other words of an English word's concept stand in for its usual word where the synopsis lacks that ("staff" →
        // Personal, met here only as "personelle"); where the synopsis holds it, they are a step further off, like a general
        // synonym, and capped like one: "job", "work" and "employment" each reached "Ausbildung" of the labour-market concept
        // at a cell word's weight, and a title "Ausbildung …" outweighed the job centre that was asked about.
        var otherCap = usual is { Length: > 0 } ? _weights.ThesaurusCap : _weights.ContentWord;
        foreach (var stem in english ? RelatedStems(_englishStems, key, _english.Related, exceptKey: false) ?? [] : [])
        {
            Apply(stem, _weights.RelatedWordFactor, evidence, mayName: false, cap: otherCap, askedBoost: false);
        }

        return field is not null || usual is not null;
    }

    /// <summary>
    /// The stems of a key's related words that this synopsis holds, or null when the source knows no related word. Cached
    /// per key, because the glossary's long lines were tokenized anew for every question word; only keys the source
    /// knows are cached, so questions cannot grow the cache beyond the glossary's and thesaurus' vocabulary.
    /// </summary>
    private string[]? RelatedStems(ConcurrentDictionary<string, string[]> cache, string key, Func<string, IEnumerable<string>> source, bool exceptKey)
    {
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var related = source(key).ToList();
        if (related.Count == 0)
        {
            return null;
        }

        var stems = related.SelectMany(Tokenizer.Tokenize)
            .Select(static t => t.Stem)
            .Where(stem => !_isFunctionKey(stem) && (!exceptKey || stem != key) && _postings.ContainsKey(stem))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return cache.GetOrAdd(key, stems);
    }

    private bool Apply(string key, double factor, WordEvidence evidence, bool mayName = true, double cap = double.MaxValue, bool askedBoost = true)
    {
        if (!_postings.TryGetValue(key, out var postings))
        {
            return false;
        }

        foreach (var posting in postings)
        {
            var weight = Math.Min(posting.Weight * factor, cap);
            var asked = askedBoost && AskedCityHolds(key, posting.Aspect, evidence.Asked);
            if (asked)
            {
                weight *= _weights.AskedCityCellFactor;
            }

            _explanation?.Add($"{key.Replace(RootMark, "root:", StringComparison.Ordinal)} ×{factor:0.00}{(asked ? " (asked city's cell)" : "")} → {weight:0.00} {_aspects[posting.Aspect].Title}");
            evidence.Add(posting.Aspect, weight, posting.Named && mayName, posting.Title);
        }

        return true;
    }

    /// <summary>
    /// A word long enough to say something, or a two-letter abbreviation typed in capitals ("KI" of "Kommunales
    /// Integrationszentrum (KI)"): offices name their units by such letters, and "ki" typed lower case is no abbreviation.
    /// </summary>
    private bool IsContent(Token token) =>
        (token.Folded.Length >= 3 || (token.Folded.Length == 2 && token.Surface.Length == 2 && token.Surface.All(char.IsUpper)))
        && !char.IsDigit(token.Folded[0]) && !_isFunctionKey(token.Key) && !_isFunctionKey(token.Folded);

    private List<Token> ContentTokens(string text) => Tokenizer.Tokenize(text).Where(IsContent).ToList();

    /// <summary>
    /// The compounds a title leaves out ("Ausländer- und Integrationsbeauftragte" holds "Ausländerbeauftragte"), as tokens
    /// after the title's own, so no preposition of the title qualifies them.
    /// </summary>
    private static IEnumerable<Token> JoinedVerbs(List<Token> tokens, int firstIndex) =>
        SeparableVerb.Join(tokens)
            .Select((j, k) => new Token(j.Folded, j.Folded, WordFolder.Stem(j.Folded), firstIndex + k, firstOfSentence: false));

    private static IEnumerable<Token> RestoredCompounds(string text, CompoundSplitter splitter, int firstIndex) =>
        ElidedCompound.Restore(text, splitter.Split)
            .Select((folded, k) => new Token(folded, folded, WordFolder.Stem(folded), firstIndex + k, firstOfSentence: false));

    private static void AddToVocabulary(HashSet<string> vocabulary, List<Token> tokens)
    {
        foreach (var token in tokens)
        {
            vocabulary.Add(token.Folded);
            vocabulary.Add(token.Stem);
        }
    }

    /// <summary>
    /// Indexes of the title words after a preposition or a genitive article: "für Neuzugewanderte", "zur Integrationspolitik",
    /// "der zuständigen Dienststelle", "im Verwaltungsaufbau" say for whom, whose, where or about what; the words before say
    /// what the aspect is. A head the cells of many aspects use is no head (<see cref="RecognitionWeights.GenericHeadSpread"/>):
    /// in "Kooperation mit Jobcenter und Agentur für Arbeit" the partner names the aspect. A title made only of such words
    /// keeps them all as naming. The field's words for its people
    /// qualify too when the title has another word ("Ältere Migrantinnen und Migranten", "Unterbringung Geflüchteter"):
    /// every question of the field names its people, so they would pull each such question to that aspect.
    /// </summary>
    /// <param name="cells">Per aspect, the keys its cells hold: a head found in many aspects' cells is generic.</param>
    private HashSet<int> TitleQualifiers(string title, Dictionary<string, HashSet<City>>[] cells)
    {
        var tokens = Tokenizer.Tokenize(title);
        var qualifiers = new HashSet<int>();
        var head = false;
        var after = false;
        foreach (var token in tokens)
        {
            if (!after && IsContent(token) && Spread(cells, token.Stem) >= _weights.GenericHeadSpread)
            {
                // A head the cells of many aspects use ("Kooperation mit Jobcenter …", "Maßnahmen zur …") says little; what
                // follows its preposition says what the aspect is, so it names the aspect.
                continue;
            }

            if (TitlePrepositions.Contains(token.Folded))
            {
                after = head;
            }
            else if (after)
            {
                qualifiers.Add(token.Index);
            }
            else
            {
                head = true;
            }
        }

        var groups = tokens.Where(t => !qualifiers.Contains(t.Index) && _isGroupKey(t.Key)).Select(static t => t.Index).ToList();
        if (groups.Count == 0)
        {
            return qualifiers;
        }

        if (tokens.Any(t => !qualifiers.Contains(t.Index) && !groups.Contains(t.Index) && !TitlePrepositions.Contains(t.Folded) && IsContent(t)))
        {
            qualifiers.UnionWith(groups);
        }
        else if (qualifiers.Count > 0)
        {
            // Only people before the preposition ("Geflüchtete aus der Ukraine", "Menschen mit Behinderung"): the words
            // after it say which of them the aspect is about.
            return [.. groups];
        }

        return qualifiers;
    }


    private static readonly HashSet<string> TitlePrepositions = new(StringComparer.Ordinal)
    {
        "fur", "zur", "zum", "mit", "von", "vom", "bei", "beim", "gegen", "aus", "uber", "fuer", "ueber", "der", "des", "im",
    };

    private void AddQualifiers(PostingBuilder builder, int aspect, IEnumerable<Token> qualifiers)
    {
        foreach (var qualifier in qualifiers)
        {
            builder.Add(qualifier.Stem, aspect, _weights.TitleQualifier, named: false);
            builder.Add(RootMark + DerivationRoot.Of(qualifier.Folded), aspect, _weights.TitleQualifier, named: false);
        }
    }

    /// <summary>
    /// The title's adjectives before a noun ("Internationale Studierende", "Politische Partizipation"): a word the title or
    /// the cells write in lower case mid-sentence, followed by another word of the title. German capitalises nouns, so the
    /// cells tell an adjective from a noun without a part-of-speech list.
    /// </summary>
    private HashSet<string> TitleAdjectives(string title, Dictionary<string, (int Lower, int Upper)> writtenCase)
    {
        var tokens = ContentTokens(title);
        var adjectives = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var token = tokens[k];
            if (tokens[k + 1].Index != token.Index + 1)
            {
                continue;
            }

            var lowerInTitle = !token.Capitalized && !token.FirstOfSentence;
            var (lower, upper) = writtenCase.GetValueOrDefault(token.Stem);
            if (lowerInTitle || lower > upper)
            {
                adjectives.Add(token.Stem);
            }
        }

        return adjectives;
    }

    private void AddNamingWords(PostingBuilder builder, int aspect, List<Token> tokens, double wordWeight, double partWeight, HashSet<string> generalParts, HashSet<string>? adjectives = null, HashSet<string>? genericAdjectives = null)
    {
        foreach (var token in tokens)
        {
            var names = adjectives is null || !adjectives.Contains(token.Stem);
            var weight = genericAdjectives is not null && genericAdjectives.Contains(token.Stem) ? wordWeight * _weights.GenericAdjectiveFactor : wordWeight;
            builder.Add(token.Stem, aspect, weight, named: names);
            builder.Add(RootMark + DerivationRoot.Of(token.Folded), aspect, weight, named: names);
            foreach (var part in TitleParts(token.Folded))
            {
                var stem = WordFolder.Stem(part);
                if (!_isFunctionKey(stem))
                {
                    // A part only general German knows ("Stelle" of "Dienst|stelle") is a weaker hint than one the data spells out.
                    builder.Add(stem, aspect, partWeight * (generalParts.Contains(part) ? _weights.GeneralTitlePartFactor : 1.0), named: false);
                }
            }
        }
    }

    /// <summary>
    /// The parts of a title word, and the parts of those parts: a modifier the data also spells whole
    /// ("Antidiskriminierungs|arbeit") still says what it is made of ("Anti|diskriminierung"), so a question about
    /// "Diskriminierung" meets the title.
    /// </summary>
    private IEnumerable<string> TitleParts(string folded)
    {
        var parts = _splitter.Split(folded);
        return parts.Concat(parts.SelectMany(p => _splitter.Split(p))).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The share of the aspects whose cells hold the key.</summary>
    private static double Spread(Dictionary<string, HashSet<City>>[] cells, string key) =>
        cells.Length == 0 ? 0 : (double)cells.Count(c => c.ContainsKey(key)) / cells.Length;

    private static void AddCity(Dictionary<string, HashSet<City>> cells, string key, City city)
    {
        if (!cells.TryGetValue(key, out var cities))
        {
            cells[key] = cities = [];
        }

        cities.Add(city);
    }

    /// <summary>Shortest title word read as a compound's modifier: shorter ones begin too many unrelated words.</summary>
    private const int MinTitleModifier = 5;

    /// <summary>How many first letters <see cref="_titleWordStarts"/> keeps; a title stem shorter than this is never read as a
    /// compound's modifier.</summary>
    private const int TitleWordStart = 4;

    /// <summary>Marks a derivational root key, so roots never collide with stems.</summary>
    internal const string RootMark = "\u0002";

    /// <param name="Title">The word is in the aspect's title or keywords (whole, part or qualifier), not only in its cells.</param>
    /// <param name="Whole">The word is a whole naming word of the title or keywords, not a part of one or a qualifier.</param>
    private readonly record struct Posting(int Aspect, double Weight, bool Named, bool Title, bool Whole);

    /// <summary>Collects the best field weight per word and aspect, then applies each word's specificity.</summary>
    private sealed class PostingBuilder(int aspectCount)
    {
        private readonly Dictionary<string, (double[] Weights, bool[] Named, bool[] Title)> _words = new(StringComparer.Ordinal);

        public void Add(string key, int aspect, double weight, bool named, bool title = true)
        {
            if (!_words.TryGetValue(key, out var row))
            {
                _words[key] = row = (new double[aspectCount], new bool[aspectCount], new bool[aspectCount]);
            }

            row.Weights[aspect] = Math.Max(row.Weights[aspect], weight);
            row.Named[aspect] |= named;
            row.Title[aspect] |= title;
        }

        public FrozenDictionary<string, Posting[]> Build(RecognitionWeights weights)
        {
            var result = new Dictionary<string, Posting[]>(StringComparer.Ordinal);
            var normaliser = Math.Log(1 + aspectCount);
            foreach (var (key, row) in _words)
            {
                var df = row.Weights.Count(static w => w > 0);
                var namingAspects = row.Named.Count(static n => n);
                var specificity = aspectCount <= 1 ? 1.0 : Math.Log(1 + ((double)aspectCount / df)) / normaliser;
                var postings = new List<Posting>(df);
                for (var i = 0; i < aspectCount; i++)
                {
                    if (row.Weights[i] > 0)
                    {
                        var named = row.Named[i] && namingAspects == 1 && specificity >= weights.NamedSpecificity;
                        postings.Add(new Posting(i, row.Weights[i] * specificity, named, row.Title[i], row.Named[i]));
                    }
                }

                result[key] = [.. postings];
            }

            return result.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }
}
