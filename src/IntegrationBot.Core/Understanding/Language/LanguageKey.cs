using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Language;

/// <summary>
/// The lookup key of a word or short phrase in <see cref="Thesaurus"/> and <see cref="FieldGlossary"/>: the phrase is
/// tokenised like a message (<see cref="Tokenizer"/>), every word folded and stemmed by <see cref="WordFolder"/>, and the
/// stems joined by single spaces. So "Geflüchtete", "geflüchteten" and "Gefluechtete" share one key, and a message
/// token's <see cref="Token.Key"/> (or several joined by spaces) is already a key.
/// </summary>
public static class LanguageKey
{
    /// <summary>The key of <paramref name="phrase"/>; empty when it holds no letter or digit.</summary>
    public static string Of(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var tokens = Tokenizer.Tokenize(phrase);
        return tokens.Count switch
        {
            0 => string.Empty,
            1 => tokens[0].Stem,
            _ => string.Join(' ', tokens.Select(static t => t.Stem)),
        };
    }
}
