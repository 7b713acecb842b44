using System.Globalization;

namespace IntegrationBot.Core.Understanding.Lexicons;

/// <summary>
/// Reads one line-based lexicon file: the first line must be a "#" comment that documents the file, further
/// "#" lines and blank lines are skipped, and every error names the file and the 1-based line.
/// </summary>
internal sealed class LexiconFile
{
    private readonly string _name;
    private readonly string[] _lines;

    private LexiconFile(string name, string[] lines)
    {
        _name = name;
        _lines = lines;
    }

    public static LexiconFile Read(string directory, string fileName)
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new LexiconFormatException(path, 0, "Die Lexikon-Datei fehlt.");
        }

        return Parse(fileName, File.ReadAllLines(path));
    }

    public static LexiconFile Parse(string name, string[] lines)
    {
        if (lines.Length == 0 || !lines[0].TrimStart('\uFEFF').StartsWith('#'))
        {
            throw new LexiconFormatException(name, 1, "Die erste Zeile muss ein Kommentar (#) sein, der die Datei beschreibt.");
        }

        return new LexiconFile(name, lines);
    }

    /// <summary>The content lines with their 1-based numbers.</summary>
    public IEnumerable<(int Number, string Text)> Lines()
    {
        for (var i = 1; i < _lines.Length; i++)
        {
            var text = _lines[i].Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            yield return (i + 1, text);
        }
    }

    public LexiconFormatException Error(int line, string reason) => new(_name, line, reason);

    /// <summary>Splits "KEY | phrase; phrase ^0.5" into the key and its weighted phrases.</summary>
    public (string Key, IReadOnlyList<LexiconPhrase> Phrases) KeyAndPhrases(int line, string text)
    {
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0)
        {
            throw Error(line, "Erwartet \"Schlüssel | Ausdruck; Ausdruck\" (es fehlt der senkrechte Strich).");
        }

        var key = text[..bar].Trim();
        if (key.Length == 0)
        {
            throw Error(line, "Der Schlüssel vor \"|\" ist leer.");
        }

        var phrases = new List<LexiconPhrase>();
        foreach (var raw in text[(bar + 1)..].Split(';'))
        {
            var phrase = raw.Trim();
            if (phrase.Length == 0)
            {
                continue;
            }

            phrases.Add(ParsePhrase(line, phrase));
        }

        if (phrases.Count == 0)
        {
            throw Error(line, $"Für \"{key}\" ist kein Ausdruck angegeben.");
        }

        return (key, phrases);
    }

    private LexiconPhrase ParsePhrase(int line, string phrase)
    {
        var caret = phrase.LastIndexOf('^');
        if (caret < 0)
        {
            return new LexiconPhrase(phrase);
        }

        var weightText = phrase[(caret + 1)..].Trim();
        if (!double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight <= 0 || weight > 2)
        {
            throw Error(line, $"Ungültiges Gewicht \"^{weightText}\" (erlaubt: eine Zahl über 0 bis 2, z. B. ^0.5).");
        }

        var text = phrase[..caret].Trim();
        if (text.Length == 0)
        {
            throw Error(line, "Vor dem Gewicht fehlt der Ausdruck.");
        }

        return new LexiconPhrase(text, weight);
    }
}
