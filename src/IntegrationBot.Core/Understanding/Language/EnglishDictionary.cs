using System.Collections.Frozen;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Understanding.Language;

/// <summary>
/// General English → German words from the Ding dictionary (GPL-2.0+, vendored as data/lexicon/dictionary-en-de.txt by
/// scripts/update-dictionary.sh): the words of an English question that the field glossary does not know ("churches",
/// "attacked", "ceremony"). Keyed by the English word as typed, lower case, never stemmed: German stems meet English words
/// too often ("Studenten" ~ "students").
/// </summary>
public sealed class EnglishDictionary
{
    public const string FileName = "dictionary-en-de.txt";

    private readonly FrozenDictionary<string, string[]> _german;

    private EnglishDictionary(FrozenDictionary<string, string[]> german) => _german = german;

    /// <summary>A dictionary that knows no word (for tests and hosts without language resources).</summary>
    public static EnglishDictionary Empty { get; } = new(FrozenDictionary<string, string[]>.Empty);

    /// <summary>Number of English words.</summary>
    public int WordCount => _german.Count;

    /// <summary>The German words for a lower-case English word, in the dictionary's order; empty if unknown.</summary>
    public IReadOnlyList<string> GermanFor(string english)
    {
        ArgumentNullException.ThrowIfNull(english);
        return _german.TryGetValue(english, out var german) ? german : [];
    }

    /// <summary>Reads <see cref="FileName"/> from <paramref name="directory"/> (data/lexicon).</summary>
    /// <exception cref="LexiconFormatException">The file is missing or a line is malformed (names file and line).</exception>
    public static EnglishDictionary Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new LexiconFormatException(path, 0, "Die Wörterbuch-Datei fehlt (neu erzeugen mit scripts/update-dictionary.sh).");
        }

        return Parse(path, File.ReadAllLines(path));
    }

    /// <summary>Parses "english TAB Deutsch; Deutsch …" lines; "#" comments and blank lines are skipped.</summary>
    public static EnglishDictionary Parse(string name, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(lines);
        var german = new Dictionary<string, string[]>(lines.Count, StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].TrimStart('\uFEFF');
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var tab = text.IndexOf('\t', StringComparison.Ordinal);
            var words = tab > 0 ? text[(tab + 1)..].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            if (tab <= 0 || words.Length == 0)
            {
                throw new LexiconFormatException(name, i + 1, "Erwartet: englisches Wort, Tabulator, deutsche Wörter mit „;“ getrennt.");
            }

            german[text[..tab].Trim().ToLowerInvariant()] = words;
        }

        return new EnglishDictionary(german.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
