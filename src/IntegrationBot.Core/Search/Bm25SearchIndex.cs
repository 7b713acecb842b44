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

    // A compound head shorter than this ("amt", "stelle") ends too many unrelated words to count as a mention.
    private const int MinCompoundHeadLength = 8;

    private readonly SearchAnalyzer _analyzer;
    private readonly Document[] _documents;
    private readonly FrozenDictionary<string, Posting[]> _postings;
    private readonly string[] _vocabulary;
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
            .Select(e => (e.Entry, e.Passages, Tokens: e.Passages.Append(e.Entry.Aspect.Title).SelectMany(analyzer.ContentTokens).ToList()))
            .ToList();
        var splitter = new CompoundSplitter(entryTokens
            .SelectMany(static e => e.Tokens)
            .SelectMany(static t => new[] { t.Folded, DerivationRoot.Of(t.Folded) })
            .Distinct(StringComparer.Ordinal));
        foreach (var (entry, passages, tokens) in entryTokens)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var token in tokens)
            {
                counts[token.Stem] = counts.GetValueOrDefault(token.Stem) + 1;
            }

            var id = documents.Count;
            documents.Add(new Document(entry, passages, tokens.Count, [.. tokens.Select(t => WordRoots(t.Folded, splitter))]));
            foreach (var (term, count) in counts)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(new Posting(id, count));
            }
        }

        _documents = [.. documents];
        _postings = postings.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.Ordinal);
        _vocabulary = [.. _postings.Keys.Order(StringComparer.Ordinal)];
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
        var queryStems = new HashSet<string>(StringComparer.Ordinal);
        var queryRoots = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            foreach (var token in _analyzer.ContentTokens(term))
            {
                queryStems.Add(token.Stem);
                queryRoots.Add(DerivationRoot.Of(token.Folded));
            }
        }

        foreach (var stem in queryStems)
        {
            foreach (var (indexTerm, factor) in Expand(stem))
            {
                var postings = _postings[indexTerm];
                var idf = Math.Log(1 + ((_documents.Length - postings.Length + 0.5) / (postings.Length + 0.5)));
                foreach (var posting in postings)
                {
                    var document = _documents[posting.Document];
                    var tf = posting.Count;
                    var norm = tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * document.Length / _averageLength))));
                    scores[posting.Document] += factor * idf * norm;
                    (matched[posting.Document] ??= new HashSet<string>(StringComparer.Ordinal)).Add(indexTerm);
                }
            }
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

    /// <summary>The most asked words one word or two adjacent words of the entry hold.</summary>
    private static int WordsHeldTogether(string[][] roots, string[] queryRoots)
    {
        var most = 0;
        for (var i = 0; i < roots.Length; i++)
        {
            var window = i + 1 < roots.Length ? roots[i].Concat(roots[i + 1]) : roots[i];
            var held = queryRoots.Count(q => window.Any(r => RootMatches(r, q)));
            most = Math.Max(most, held);
        }

        return most;
    }

    // A root that goes on ("fluchtet" for "Geflüchteter") still holds the asked root ("flucht"), for roots long enough to say something.
    private static bool RootMatches(string wordRoot, string queryRoot) =>
        wordRoot == queryRoot || (queryRoot.Length >= MinPartLength && wordRoot.StartsWith(queryRoot, StringComparison.Ordinal));

    /// <summary>The roots of a word and of its compound parts: "flüchtlingsberatung" → flücht, flüchtlingsberat, berat.</summary>
    private static string[] WordRoots(string folded, CompoundSplitter splitter) =>
        [.. splitter.Split(folded).Select(DerivationRoot.Of).Prepend(DerivationRoot.Of(folded)).Distinct(StringComparer.Ordinal)];

    /// <summary>Index terms that answer a query stem: itself, compounds containing it ("Flüchtlings|berat|ung"), and close typos.</summary>
    private IEnumerable<(string Term, double Factor)> Expand(string stem)
    {
        if (_postings.ContainsKey(stem))
        {
            yield return (stem, 1.0);
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

    private readonly record struct Posting(int Document, int Count);
}
