using Lucene.Net.Analysis.De;

namespace IntegrationBot.Core.Understanding.Text;

/// <summary>
/// Normalises one word the same way for questions, lexicon and synopsis: lower case, umlauts folded
/// (ä = ae = a), ß = ss, accents dropped; then German light stemming (Lucene's GermanLightStemmer), so
/// "Städten", "Stadt" and "Staedte" meet.
/// </summary>
public static class WordFolder
{
    [ThreadStatic]
    private static char[]? _buffer;

    [ThreadStatic]
    private static GermanLightStemmer? _stemmer;

    /// <summary>Lower case, umlaut/ß/accent folding and ae/oe/ue → a/o/u (except "que").</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var buffer = Buffer(word.Length * 2);
        var length = FoldInto(word, buffer);
        return new string(buffer, 0, length);
    }

    /// <summary>The stem of an already folded word.</summary>
    public static string Stem(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        if (folded.Length <= 3 || !IsAllLetters(folded))
        {
            return folded;
        }

        var buffer = Buffer(folded.Length);
        folded.CopyTo(0, buffer, 0, folded.Length);
        _stemmer ??= new GermanLightStemmer();
        var length = _stemmer.Stem(buffer, folded.Length);
        if (length > 5 && buffer[length - 1] == 's' && buffer[length - 2] == 'r')
        {
            // Genitive -s after -er, which the light stemmer keeps: "des Oberbürgermeisters" = "Oberbürgermeister".
            length = _stemmer.Stem(buffer, length - 1);
        }

        return length == folded.Length ? folded : new string(buffer, 0, length);
    }

    private static bool IsAllLetters(string s)
    {
        foreach (var c in s)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static char[] Buffer(int length)
    {
        if (_buffer is null || _buffer.Length < length)
        {
            _buffer = new char[Math.Max(64, length * 2)];
        }

        return _buffer;
    }

    private static int FoldInto(ReadOnlySpan<char> word, char[] buffer)
    {
        var n = 0;
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case 'ä' or 'à' or 'á' or 'â' or 'ã' or 'å':
                    c = 'a';
                    break;
                case 'ö' or 'ò' or 'ó' or 'ô' or 'õ' or 'ø':
                    c = 'o';
                    break;
                case 'ü' or 'ù' or 'ú' or 'û':
                    c = 'u';
                    break;
                case 'é' or 'è' or 'ê' or 'ë':
                    c = 'e';
                    break;
                case 'í' or 'ì' or 'î' or 'ï':
                    c = 'i';
                    break;
                case 'ç':
                    c = 'c';
                    break;
                case 'ñ':
                    c = 'n';
                    break;
                case 'ß':
                    buffer[n++] = 's';
                    c = 's';
                    break;
            }

            // "ae", "oe", "ue" are how umlauts are typed without a German keyboard ("Muenster", "Praeambel").
            if (c == 'e' && n > 0 && buffer[n - 1] is 'a' or 'o' or 'u' && !(buffer[n - 1] == 'u' && n > 1 && buffer[n - 2] == 'q'))
            {
                continue;
            }

            buffer[n++] = c;
        }

        return n;
    }
}
