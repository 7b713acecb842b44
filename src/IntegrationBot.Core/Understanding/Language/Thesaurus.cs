using System.Collections.Frozen;
using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Language;

/// <summary>
/// General German synonyms from OpenThesaurus (LGPL-2.1, vendored as data/lexicon/thesaurus.txt by
/// scripts/update-thesaurus.sh; see docs/understanding.md). One line of the file is one synonym set, words separated by
/// ";". Lookups are by <see cref="LanguageKey"/>: <see cref="Related"/> accepts any spelling or inflected form of a word
/// ("Flüchtlinge", "fluechtlinge"), <see cref="RelatedByKey"/> a key the recognizer already has (a token's
/// <see cref="Text.Token.Key"/>, several joined by single spaces). Results are the other words of every set holding the
/// word, as written in the file (run them through <see cref="LanguageKey.Of"/> or the tokenizer to match).
/// </summary>
public sealed class Thesaurus
{
    public const string FileName = "thesaurus.txt";

    private readonly WordGroups _groups;

    private Thesaurus(WordGroups groups, FrozenSet<string> words)
    {
        _groups = groups;
        Words = words;
    }

    /// <summary>
    /// The folded single words of general German the thesaurus lists (at least <see cref="MinWordLength"/> letters): what a
    /// compound may be split into when the synopsis itself does not hold the part ("Personal|ausstattung").
    /// </summary>
    public FrozenSet<string> Words { get; }

    /// <summary>Shorter words ("Amt", "Rat", "Tag") end too many unrelated compounds to count as general parts.</summary>
    public const int MinWordLength = 5;

    /// <summary>A thesaurus that knows no word (for tests and hosts without language resources).</summary>
    public static Thesaurus Empty { get; } = new(new WordGroups([]), FrozenSet<string>.Empty);

    /// <summary>Number of synonym sets.</summary>
    public int SetCount => _groups.GroupCount;

    /// <summary>Number of distinct words and phrases (keys).</summary>
    public int WordCount => _groups.KeyCount;

    /// <summary>Reads <see cref="FileName"/> from <paramref name="directory"/> (data/lexicon).</summary>
    /// <exception cref="LexiconFormatException">The file is missing or a line is malformed (names file and line).</exception>
    public static Thesaurus Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new LexiconFormatException(path, 0, "Die Thesaurus-Datei fehlt (neu erzeugen mit scripts/update-thesaurus.sh).");
        }

        return Parse(FileName, File.ReadAllLines(path));
    }

    /// <summary>Parses thesaurus lines: "#" comments and blank lines are skipped, every other line is "Wort;Wort;…".</summary>
    /// <remarks>Start-up cost is measured by LanguageResourceBenchmarks (docs/performance.md).</remarks>
    public static Thesaurus Parse(string name, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(lines);
        var groups = new List<string[]>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim().TrimStart('\uFEFF');
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var words = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (words.Length < 2)
            {
                throw new LexiconFormatException(name, i + 1, "Eine Synonymgruppe braucht mindestens zwei durch \";\" getrennte Wörter.");
            }

            groups.Add(words);
        }

        var generalWords = groups.SelectMany(static g => g)
            .Where(static w => w.Length >= MinWordLength && w.All(char.IsLetter))
            .Select(static w => WordFolder.Fold(w))
            .ToFrozenSet(StringComparer.Ordinal);
        return new Thesaurus(new WordGroups(groups), generalWords);
    }

    /// <summary>Synonyms of <paramref name="word"/> (any spelling or inflection, or a short phrase); empty if unknown.</summary>
    public IReadOnlyList<string> Related(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _groups.Related(LanguageKey.Of(word));
    }

    /// <summary>Synonyms for a key already normalised by <see cref="LanguageKey.Of"/> (e.g. a token's Key).</summary>
    public IReadOnlyList<string> RelatedByKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _groups.Related(key);
    }

    /// <summary>True when the thesaurus has a synonym set for the key.</summary>
    public bool ContainsKey(string key) => _groups.Contains(key);
}
