namespace IntegrationBot.Core.Understanding.Text;

/// <summary>
/// Splits sanitised text into word tokens. Letters and digits form words; everything else (punctuation, dashes,
/// apostrophes, slashes) separates them, so "Orga-Anbindung", "Orga - Anbindung" and "orga anbindung" agree.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(16);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or ':' or ';' or '\n')
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (IsElidedS(text, start, i))
            {
                continue;
            }

            var surface = text[start..i];
            var folded = WordFolder.Fold(surface);
            tokens.Add(new Token(surface, folded, WordFolder.Stem(folded), tokens.Count, sentenceStart));
            sentenceStart = false;
        }

        return tokens;
    }

    /// <summary>
    /// An English possessive or a German elided "es" ("women's", "gibt's") is no word of its own: the "s" would sit
    /// between the words of a term ("women's shelter").
    /// </summary>
    internal static bool IsElidedS(ReadOnlySpan<char> text, int start, int end) =>
        end - start == 1 && text[start] is 's' or 'S' && start > 0 && text[start - 1] is '\'' or '\u2019';

    /// <summary>The match keys (stems) of a lexicon or data phrase, "*" kept as a gap marker.</summary>
    public static string[] Keys(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var keys = new List<string>();
        foreach (var part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "*")
            {
                keys.Add("*");
                continue;
            }

            keys.AddRange(Tokenize(part).Select(static t => t.Stem));
        }

        return [.. keys];
    }
}
