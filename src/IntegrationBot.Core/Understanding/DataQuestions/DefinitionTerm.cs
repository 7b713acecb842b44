using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.DataQuestions;

/// <summary>
/// The term a definition question asks about: the message without the question's own words („Was versteht man unter
/// einer RAA?“ → „RAA“). Only function words of German and English questions are dropped, never content words.
/// </summary>
public static class DefinitionTerm
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "und", "was", "wer", "wofur", "bedeutet", "bedeuten", "heisst", "heissen", "meint", "steht", "stehen", "fur", "versteht", "man",
        "unter", "ist", "sind", "mit", "gemeint", "zu", "verstehen", "erklar", "erklare", "erklaren", "erklart", "erlautere", "erlauter",
        "definiere", "definier", "definition", "mir", "uns", "bitte", "die", "der", "das", "den", "dem", "des", "ein", "eine", "einer",
        "einem", "eines", "abkurzung", "begriff", "wort", "kurzel", "eigentlich", "genau", "denn", "hier", "kannst", "du", "konnen", "sie",
        "what", "does", "do", "is", "mean", "means", "stand", "for", "the", "a", "an", "by", "meant", "who",
    };

    /// <summary>The asked term in the words as typed; empty when the message has nothing but question words.</summary>
    public static string From(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return string.Join(" ", tokens.Where(static t => !QuestionWords.Contains(t.Folded)).Select(static t => t.Surface));
    }

    /// <summary>„RAA“, „AmkA“, „IKÖ“: a short word with at least two capitals reads as an abbreviation, whatever the glossary says.</summary>
    public static bool LooksLikeAbbreviation(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return term.Length is >= 2 and <= 8 && !term.Contains(' ', StringComparison.Ordinal) && term.Count(char.IsUpper) >= 2 && term.All(char.IsLetterOrDigit);
    }
}
