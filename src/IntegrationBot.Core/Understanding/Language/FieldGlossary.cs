using System.Collections.Frozen;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Language;

/// <summary>
/// A small glossary of the integration-work field (data/lexicon/glossary.txt), keyed by words, never by one synopsis'
/// aspect titles, so it helps any synopsis of the field. One line is one concept:
/// <c>Beirat; Integrationsrat; Ausländerbeirat | en: advisory board; council</c> – German words that mean nearly the
/// same, then optionally the English words for them. Lookups normalise like <see cref="Thesaurus"/>
/// (<see cref="LanguageKey"/>: tokenised, folded and stemmed by the recognizer's WordFolder), so any spelling or inflection
/// of a word finds its concept, and a token's Key can be looked up directly with the *ByKey methods.
/// </summary>
public sealed class FieldGlossary
{
    public const string FileName = "glossary.txt";

    private const string EnglishLabel = "en:";

    private readonly WordGroups _german;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _germanByEnglishKey;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _germanByRoot;

    private FieldGlossary(IReadOnlyList<FieldConcept> concepts)
    {
        Concepts = concepts;
        _german = new WordGroups(concepts.Select(static c => c.German.ToArray()).ToArray());
        var byEnglish = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            foreach (var english in concept.English)
            {
                var key = LanguageKey.Of(english);
                if (!byEnglish.TryGetValue(key, out var german))
                {
                    byEnglish[key] = german = [];
                }

                german.AddRange(concept.German.Where(g => !german.Contains(g, StringComparer.Ordinal)));
            }
        }

        var byRoot = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            foreach (var word in concept.German.Where(static w => !w.Contains(' ', StringComparison.Ordinal)))
            {
                var root = DerivationRoot.Of(WordFolder.Fold(word));
                if (!byRoot.TryGetValue(root, out var related))
                {
                    byRoot[root] = related = [];
                }

                related.AddRange(concept.German.Where(g => !related.Contains(g, StringComparer.Ordinal)));
            }
        }

        _germanByRoot = byRoot.ToDictionary(static p => p.Key, static p => (IReadOnlyList<string>)p.Value.ToArray(), StringComparer.Ordinal);
        _germanByEnglishKey = byEnglish.ToDictionary(static p => p.Key, static p => (IReadOnlyList<string>)p.Value.ToArray(), StringComparer.Ordinal);
        EnglishKeys = [.. byEnglish.Keys];
        _englishWords = concepts.SelectMany(static c => c.English).SelectMany(Tokenizer.Tokenize).Select(static t => t.Folded).ToFrozenSet(StringComparer.Ordinal);
    }

    private readonly FrozenSet<string> _englishWords;

    /// <summary>Whether a folded word is spelled exactly like a word of an English entry ("team", "refugees").</summary>
    public bool IsEnglishWord(string folded) => _englishWords.Contains(folded);

    /// <summary>A glossary that knows no word.</summary>
    public static FieldGlossary Empty { get; } = new([]);

    /// <summary>The concepts in file order.</summary>
    public IReadOnlyList<FieldConcept> Concepts { get; }

    /// <summary>The keys (<see cref="LanguageKey"/>) of every English word or phrase, multi-word ones with spaces.</summary>
    public IReadOnlyList<string> EnglishKeys { get; }

    /// <summary>Reads <see cref="FileName"/> from <paramref name="directory"/> (data/lexicon).</summary>
    /// <exception cref="LexiconFormatException">The file is missing or a line is malformed (names file and line).</exception>
    public static FieldGlossary Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return Read(LexiconFile.Read(directory, FileName));
    }

    /// <summary>Parses glossary lines; the first must be a "#" comment describing the file.</summary>
    public static FieldGlossary Parse(string name, string[] lines) => Read(LexiconFile.Parse(name, lines));

    /// <summary>German words of the same concept(s) as <paramref name="word"/> (any spelling or inflection); empty if unknown.</summary>
    public IReadOnlyList<string> Related(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _german.Related(LanguageKey.Of(word));
    }

    /// <summary>Like <see cref="Related"/> for a key already normalised by <see cref="LanguageKey.Of"/>.</summary>
    public IReadOnlyList<string> RelatedByKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _german.Related(key);
    }

    /// <summary>
    /// German words of the concepts whose words share the derivational root (<see cref="DerivationRoot"/>) of a folded
    /// word: a conjugated verb finds the concept that lists its infinitive or noun ("überprüft" → "überprüfen").
    /// </summary>
    public IReadOnlyList<string> RelatedByRoot(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return _germanByRoot.TryGetValue(root, out var german) ? german : [];
    }

    /// <summary>The German words for an English word or phrase of the field ("refugees" → Flüchtlinge, Geflüchtete …); empty if unknown.</summary>
    public IReadOnlyList<string> GermanFor(string englishWord)
    {
        ArgumentNullException.ThrowIfNull(englishWord);
        return GermanForKey(LanguageKey.Of(englishWord));
    }

    /// <summary>Like <see cref="GermanFor"/> for a key already normalised by <see cref="LanguageKey.Of"/>.</summary>
    public IReadOnlyList<string> GermanForKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _germanByEnglishKey.TryGetValue(key, out var german) ? german : [];
    }

    /// <summary>True when the German word (by key) belongs to a concept of the field.</summary>
    public bool ContainsGermanKey(string key) => _german.Contains(key);

    private static FieldGlossary Read(LexiconFile file)
    {
        var concepts = new List<FieldConcept>();
        foreach (var (number, text) in file.Lines())
        {
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            var germanPart = bar < 0 ? text : text[..bar];
            var german = Words(germanPart);
            if (german.Length == 0)
            {
                throw file.Error(number, "Vor \"|\" fehlt das deutsche Wort (Format: \"Wort; Wort | en: word; word\").");
            }

            string[] english = [];
            if (bar >= 0)
            {
                var englishPart = text[(bar + 1)..].Trim();
                if (!englishPart.StartsWith(EnglishLabel, StringComparison.Ordinal))
                {
                    throw file.Error(number, "Nach \"|\" muss \"en:\" mit den englischen Wörtern folgen (Format: \"Wort; Wort | en: word; word\").");
                }

                english = Words(englishPart[EnglishLabel.Length..]);
                if (english.Length == 0)
                {
                    throw file.Error(number, "Nach \"en:\" ist kein englisches Wort angegeben.");
                }
            }

            if (german.Length < 2 && english.Length == 0)
            {
                throw file.Error(number, $"\"{german[0]}\" allein ist kein Eintrag: ein zweites deutsches Wort (\";\") oder englische Wörter (\"| en: …\") angeben.");
            }

            concepts.Add(new FieldConcept(german, english));
        }

        return new FieldGlossary(concepts);
    }

    private static string[] Words(string part) =>
        part.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
