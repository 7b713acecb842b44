using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Language;

/// <summary>
/// The lookup key of a word or short phrase in <see cref="Thesaurus"/> and <see cref="FieldGlossary"/>: the phrase is
/// split into words exactly as <see cref="Tokenizer"/> splits a message (runs of letters and digits), every word folded
/// and stemmed by <see cref="WordFolder"/>, and the stems joined by single spaces. So "Geflüchtete", "geflüchteten" and
/// "Gefluechtete" share one key, and a message token's <see cref="Token.Key"/> (or several joined by spaces) is already
/// a key.
/// </summary>
public static class LanguageKey
{
    /// <summary>The key of <paramref name="phrase"/>; empty when it holds no letter or digit.</summary>
    public static string Of(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return Of(phrase.AsSpan());
    }

    /// <summary>The key of a phrase given as a span (no copy of the phrase is made).</summary>
    public static string Of(ReadOnlySpan<char> phrase)
    {
        string? single = null;
        List<string>? many = null;
        var i = 0;
        while (i < phrase.Length)
        {
            if (!char.IsLetterOrDigit(phrase[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < phrase.Length && char.IsLetterOrDigit(phrase[i]))
            {
                i++;
            }

            if (Tokenizer.IsElidedS(phrase, start, i))
            {
                continue;
            }

            var stem = WordFolder.Stem(WordFolder.Fold(phrase[start..i]));
            if (single is null)
            {
                single = stem;
            }
            else
            {
                many ??= [single];
                many.Add(stem);
            }
        }

        return many is not null ? string.Join(' ', many) : single ?? string.Empty;
    }
}
