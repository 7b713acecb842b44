using System.Collections.Frozen;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Aspects;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Search;

/// <summary>
/// Full-text search over all entries of a synopsis: BM25 over German-analysed words (the same analysis as the
/// recognizer), with compound parts ("Beratung" finds "Flüchtlingsberatung") and small typos found at a discount.
/// Each hit is an entry (city × aspect) with the passage that matched best. Immutable and thread-safe.
/// </summary>
public sealed class Bm25SearchIndex : ISearchIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double PartialMatchFactor = 0.6;
    private const double TypoMatchFactor = 0.7;
    private const int MinPartLength = 5;

    // The aspect's title is part of every entry of the aspect, so it says which aspect holds a word, not which city: an
    // entry that names the asked thing in its own text ranks above the entries that only sit under a title naming it.
    private const double TitleFieldFactor = 0.4;

    // A lower-case word beside capitalised ones is a verb or adjective that frames the question ("informieren über").
    private const double FramingWordFactor = 0.5;

    // A compound head shorter than this ("amt", "stelle") ends too many unrelated words to count as a mention.
    private const int MinCompoundHeadLength = 8;

    private readonly SearchAnalyzer _analyzer;
    private readonly Document[] _documents;
    private readonly FrozenDictionary<string, Posting[]> _postings;
    private readonly FrozenDictionary<string, int> _heldFrequency;
    private readonly string[] _vocabulary;
    /// <summary>Every word of the entries as written, reversed, with its stem, in ordinal order: words that end alike sit together.</summary>
    private readonly (string Reversed, string Stem)[] _reversedWords;
    private readonly double _averageLength;

    public Bm25SearchIndex(SynopsisDocument synopsis, SearchAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(synopsis);
        ArgumentNullException.ThrowIfNull(analyzer);
        _analyzer = analyzer;
        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var documents = new List<Document>();
        var entryTokens = synopsis.Entries
            .Select(e => (Entry: e, Passages: Passages(e)))
            .Select(e => (e.Entry, e.Passages, Tokens: e.Passages.SelectMany(analyzer.ContentTokens).ToList(), Title: analyzer.ContentTokens(e.Entry.Aspect.Title)))
            .ToList();
        var splitter = new CompoundSplitter(entryTokens
            .SelectMany(static e => e.Tokens.Concat(e.Title))
            .SelectMany(static t => new[] { t.Folded, DerivationRoot.Of(t.Folded) })
            .Distinct(StringComparer.Ordinal));
        foreach (var (entry, passages, tokens, title) in entryTokens)
        {
            var counts = new Dictionary<string, (int Count, bool InTitle)>(StringComparer.Ordinal);
            foreach (var token in tokens)
            {
                counts[token.Stem] = (counts.GetValueOrDefault(token.Stem).Count + 1, false);
            }

            foreach (var token in title)
            {
                counts[token.Stem] = (counts.GetValueOrDefault(token.Stem).Count, true);
            }

            var id = documents.Count;
            // The title holds its words together for every entry of the aspect alike, so it lifts none of them above the others.
            documents.Add(new Document(entry, passages, Math.Max(1, tokens.Count), [.. tokens.Concat(title).Select(t => WordRoots(t.Folded, splitter))]));
            foreach (var (term, (count, inTitle)) in counts)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(new Posting(id, count, inTitle));
            }
        }

        _documents = [.. documents];
        _postings = postings.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.Ordinal);
        _heldFrequency = _postings.ToFrozenDictionary(static p => p.Key, static p => HeldFrequency(p.Value), StringComparer.Ordinal);
        _vocabulary = [.. _postings.Keys.Order(StringComparer.Ordinal)];
        _reversedWords = [.. entryTokens.SelectMany(static e => e.Tokens)
            .Select(static t => (Reversed: Reversed(t.Folded), t.Stem))
            .Distinct()
            .OrderBy(static w => w.Reversed, StringComparer.Ordinal)];
        _averageLength = _documents.Length == 0 ? 1 : Math.Max(1, _documents.Average(static d => d.Length));
    }

    /// <summary>Every analysed word of the synopsis (stems).</summary>
    public IReadOnlyCollection<string> Vocabulary => _vocabulary;

    /// <summary>Number of entries that contain the stem exactly.</summary>
    public int DocumentFrequency(string stem) => _postings.TryGetValue(stem, out var list) ? list.Length : 0;

    /// <summary>
    /// True when some entry contains the stem, alone, as the start of a longer word, or (for longer stems) as the head
    /// of a compound: "Bürgermeister" is mentioned by "Oberbürgermeisters".
    /// </summary>
    public bool Mentions(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        if (_postings.ContainsKey(stem))
        {
            return true;
        }

        return (stem.Length >= MinPartLength && _vocabulary.Any(t => t.StartsWith(stem, StringComparison.Ordinal)))
            || (stem.Length >= MinCompoundHeadLength && _vocabulary.Any(t => t.EndsWith(stem, StringComparison.Ordinal)));
    }

    public IReadOnlyList<SearchHit> Search(IReadOnlyList<string> terms, int maxResults = 10)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0 || _documents.Length == 0 || maxResults <= 0)
        {
            return [];
        }

        var scores = new double[_documents.Length];
        var matched = new HashSet<string>[_documents.Length];
        var queryStems = new Dictionary<string, double>(StringComparer.Ordinal);
        var queryFolded = new Dictionary<string, string>(StringComparer.Ordinal);
        var queryRoots = new HashSet<string>(StringComparer.Ordinal);
        var tokens = terms.SelectMany(_analyzer.ContentTokens).ToList();
        var nounsTyped = tokens.Any(static t => t.Capitalized) && tokens.Any(static t => !t.Capitalized);
        foreach (var token in tokens)
        {
            // Where the question capitalises its nouns, those say what is searched for; its verbs and adjectives
            // ("informieren über", "einen eigenen") only frame it.
            var weight = nounsTyped && !token.Capitalized ? FramingWordFactor : 1.0;
            queryStems[token.Stem] = Math.Max(queryStems.GetValueOrDefault(token.Stem), weight);
            queryFolded.TryAdd(token.Stem, token.Folded);
            queryRoots.Add(DerivationRoot.Of(token.Folded));
        }

        var wordScores = new double[_documents.Length];
        var marks = new int[_documents.Length];
        var stamp = 0;
        var touched = new List<int>();
        foreach (var (stem, weight) in queryStems)
        {
            var expansions = Expand(stem, queryFolded[stem]).ToList();
            // A longer word that holds the asked one ("Gast|arbeiter" for "arbeiten") is rarer than the asked word itself;
            // it may not count as more specific than the whole family of words the asked word meets.
            var familyIdf = expansions.Any(static e => e.Factor < 1.0) ? Idf(FamilyFrequency(expansions, marks, ++stamp)) : double.MaxValue;
            foreach (var (indexTerm, factor) in expansions)
            {
                var postings = _postings[indexTerm];
                var idf = Idf(_heldFrequency[indexTerm]);
                idf = factor < 1.0 ? Math.Min(idf, familyIdf) : idf;
                foreach (var posting in postings)
                {
                    var document = _documents[posting.Document];
                    var tf = posting.Count;
                    var norm = tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * document.Length / _averageLength))));
                    var score = factor * idf * (norm + (posting.InTitle ? TitleFieldFactor : 0));
                    if (wordScores[posting.Document] == 0)
                    {
                        touched.Add(posting.Document);
                    }

                    wordScores[posting.Document] = Math.Max(wordScores[posting.Document], score);
                    (matched[posting.Document] ??= new HashSet<string>(StringComparer.Ordinal)).Add(indexTerm);
                }
            }

            // One asked word counts once per entry, at its best match: an entry with "Arbeit", "Mitarbeiter" and
            // "Zusammenarbeit" does not hold "arbeiten" three times.
            foreach (var document in touched)
            {
                scores[document] += weight * wordScores[document];
                wordScores[document] = 0;
            }

            touched.Clear();
        }

        RankWholeMentionsFirst(scores, [.. queryRoots]);
        var ranked = Enumerable.Range(0, _documents.Length)
            .Where(i => scores[i] > 0)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => _documents[i].Entry.Aspect.Order)
            .Take(maxResults)
            .ToList();
        if (ranked.Count == 0)
        {
            return [];
        }

        var top = scores[ranked[0]];
        return ranked.Select(i => Hit(_documents[i], scores[i] / top, matched[i])).ToList();
    }

    /// <summary>
    /// How specific a term is, by the entries whose own text holds it: a title holds it for every entry of its aspect, which
    /// says nothing about how rare the term is among the cities.
    /// </summary>
    private static int HeldFrequency(Posting[] postings)
    {
        var held = postings.Count(static p => p.Count > 0);
        return held > 0 ? held : postings.Length;
    }

    /// <summary>
    /// The entries that hold any word an asked word meets, by the same measure. <paramref name="marks"/> (one per entry,
    /// shared by the asked words of one search) records which entries were counted for <paramref name="stamp"/>: 1 for a
    /// title, 2 for the entry's own text.
    /// </summary>
    private int FamilyFrequency(List<(string Term, double Factor)> expansions, int[] marks, int stamp)
    {
        var held = 0;
        var titled = 0;
        foreach (var (term, _) in expansions)
        {
            foreach (var posting in _postings[term])
            {
                ref var mark = ref marks[posting.Document];
                var level = posting.Count > 0 ? 2 : 1;
                var counted = mark >> 2 == stamp ? mark & 3 : 0;
                if (level > counted)
                {
                    if (counted == 1)
                    {
                        titled--;
                    }

                    if (level == 2)
                    {
                        held++;
                    }
                    else
                    {
                        titled++;
                    }

                    mark = (stamp << 2) | level;
                }
            }
        }

        return held > 0 ? held : titled;
    }

    private double Idf(int frequency) => Math.Log(1 + ((_documents.Length - frequency + 0.5) / (frequency + 0.5)));

    /// <summary>
    /// An entry that holds several asked words inside one compound or in adjacent words ("Flüchtlingsberatung",
    /// "Beratung Geflüchteter") really contains the asked thing, so it ranks above every entry that only shares the
    /// words spread out: its score is lifted by the best plain score once per further word it holds together.
    /// </summary>
    private void RankWholeMentionsFirst(double[] scores, string[] queryRoots)
    {
        if (queryRoots.Length < 2)
        {
            return;
        }

        var best = scores.Max();
        for (var i = 0; i < _documents.Length; i++)
        {
            if (scores[i] <= 0)
            {
                continue;
            }

            var together = WordsHeldTogether(_documents[i].Roots, queryRoots);
            if (together >= 2)
            {
                scores[i] += (together - 1) * best;
            }
        }
    }

    /// <summary>The most asked words one word or two adjacent words of the entry hold (no allocation: it runs per entry).</summary>
    private static int WordsHeldTogether(string[][] roots, string[] queryRoots)
    {
        var most = 0;
        for (var i = 0; i < roots.Length; i++)
        {
            var held = 0;
            foreach (var query in queryRoots)
            {
                if (Holds(roots[i], query) || (i + 1 < roots.Length && Holds(roots[i + 1], query)))
                {
                    held++;
                }
            }

            most = Math.Max(most, held);
        }

        return most;
    }

    private static bool Holds(string[] wordRoots, string queryRoot)
    {
        foreach (var root in wordRoots)
        {
            if (RootMatches(root, queryRoot))
            {
                return true;
            }
        }

        return false;
    }

    // A root that goes on ("fluchtet" for "Geflüchteter") still holds the asked root ("flucht"), for roots long enough to say something.
    private static bool RootMatches(string wordRoot, string queryRoot) =>
        wordRoot == queryRoot || (queryRoot.Length >= MinPartLength && wordRoot.StartsWith(queryRoot, StringComparison.Ordinal));

    /// <summary>The roots of a word and of its compound parts: "flüchtlingsberatung" → flücht, flüchtlingsberat, berat.</summary>
    private static string[] WordRoots(string folded, CompoundSplitter splitter) =>
        [.. splitter.Split(folded).Select(DerivationRoot.Of).Prepend(DerivationRoot.Of(folded)).Distinct(StringComparer.Ordinal)];

    /// <summary>Index terms that answer a query stem: itself, compounds containing it ("Flüchtlings|berat|ung"), and close typos.</summary>
    private IEnumerable<(string Term, double Factor)> Expand(string stem, string folded)
    {
        if (_postings.ContainsKey(stem))
        {
            yield return (stem, 1.0);
        }

        // The stem of a compound may cut its head ("Einbürgerungsfeier" → "einburgerungsfei"), so a head is also found as
        // the end of a word as written: "Feier" meets "Einbürgerungsfeier".
        foreach (var head in HeadForms(folded))
        {
            var reversedHead = Reversed(head);
            for (var i = FirstEndingIn(reversedHead); i < _reversedWords.Length && _reversedWords[i].Reversed.StartsWith(reversedHead, StringComparison.Ordinal); i++)
            {
                var (reversed, wordStem) = _reversedWords[i];
                if (reversed.Length > head.Length + 2 && !(stem.Length >= MinPartLength && wordStem.Contains(stem, StringComparison.Ordinal)))
                {
                    yield return (wordStem, PartialMatchFactor);
                }
            }
        }

        if (stem.Length >= MinPartLength)
        {
            foreach (var term in _vocabulary)
            {
                if (term.Length > stem.Length && term.Contains(stem, StringComparison.Ordinal))
                {
                    yield return (term, PartialMatchFactor);
                }
                else if (stem.Length > term.Length && term.Length >= MinPartLength + 2
                         && (stem.EndsWith(term, StringComparison.Ordinal) || stem.StartsWith(term, StringComparison.Ordinal)))
                {
                    // The question used a compound whose parts are in the data ("Integrationsdezernat" → "Dezernat Integration").
                    yield return (term, PartialMatchFactor * 0.8);
                }
            }
        }

        var allowed = DamerauLevenshtein.AllowedEdits(stem.Length + 1);
        if (allowed > 0 && !_postings.ContainsKey(stem))
        {
            foreach (var term in _vocabulary)
            {
                if (term.Length >= MinPartLength && term[0] == stem[0] && DamerauLevenshtein.Distance(stem, term, allowed) <= allowed
                    && !term.EndsWith(stem, StringComparison.Ordinal) && !term.StartsWith(stem, StringComparison.Ordinal))
                {
                    yield return (term, TypoMatchFactor);
                }
            }
        }
    }

    /// <summary>The index in <see cref="_reversedWords"/> of the first word whose reversed form starts with <paramref name="reversedHead"/>.</summary>
    private int FirstEndingIn(string reversedHead)
    {
        var low = 0;
        var high = _reversedWords.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(_reversedWords[middle].Reversed, reversedHead) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static string Reversed(string word) => string.Create(word.Length, word, static (span, source) =>
    {
        source.AsSpan().CopyTo(span);
        span.Reverse();
    });

    /// <summary>A question word and its form without a plural ending ("Feiern" → "feier"), long enough to be a compound's head.</summary>
    private static IEnumerable<string> HeadForms(string folded)
    {
        if (folded.Length >= MinPartLength)
        {
            yield return folded;
        }

        foreach (var ending in PluralEndings)
        {
            if (folded.Length - ending.Length >= MinPartLength && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return folded[..^ending.Length];
                yield break;
            }
        }
    }

    private static readonly string[] PluralEndings = ["en", "n", "e", "s"];

    private SearchHit Hit(Document document, double score, HashSet<string>? matchedTerms)
    {
        var bestPassage = document.Passages.Count > 0 ? document.Passages[0] : string.Empty;
        var bestWords = new List<string>();
        foreach (var passage in document.Passages)
        {
            var words = _analyzer.ContentTokens(passage)
                .Where(t => matchedTerms is not null && matchedTerms.Contains(t.Stem))
                .Select(static t => t.Surface)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (words.Count > bestWords.Count)
            {
                bestPassage = passage;
                bestWords = words;
            }
        }

        return new SearchHit(document.Entry.City, document.Entry.Aspect, Math.Round(score, 4), bestPassage, bestWords);
    }

    /// <summary>Sentences and list items: the units a snippet is cut from.</summary>
    private static List<string> Passages(Entry entry)
    {
        var passages = new List<string>();
        foreach (var block in entry.Blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    passages.AddRange(Sentences(p.Text));
                    break;
                case BulletList l:
                    passages.AddRange(l.Items.Where(static i => !string.IsNullOrWhiteSpace(i)).Select(static i => i.Trim()));
                    break;
                case Subheading s:
                    passages.Add(s.Text);
                    break;
            }
        }

        return passages;
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' ') && i - start > 20)
            {
                yield return text[start..(i + 1)].Trim();
                start = i + 1;
            }
        }

        if (start < text.Length && !string.IsNullOrWhiteSpace(text[start..]))
        {
            yield return text[start..].Trim();
        }
    }

    private sealed record Document(Entry Entry, List<string> Passages, int Length, string[][] Roots);

    /// <param name="Count">How often the entry's own text holds the term.</param>
    /// <param name="InTitle">The aspect's title holds the term.</param>
    private readonly record struct Posting(int Document, int Count, bool InTitle);
}
