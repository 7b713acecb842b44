using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Model;

/// <summary>
/// The names of offices as a city's cells write them: a word for an administrative unit ("Stabsstelle", "Büro",
/// "Integrationsbüro") followed by the topics in its name ("Partizipation und Integration", "für interkulturelle Arbeit").
/// A question that quotes such a name means the office, not the topics: "Wie viele Stellen hat die Stabsstelle
/// Partizipation und Integration?" is about staff, not about political participation.
/// </summary>
internal static class OfficeNames
{
    /// <summary>A name has at most this many words after its unit word.</summary>
    private const int MaxNameWords = 5;

    /// <summary>
    /// A name has at least this many words after its unit word: "Abteilung Integration" or "Stadtteilzentrum Lamboy" is
    /// what many offices or places are called, "Stabsstelle Partizipation und Integration" one office.
    /// </summary>
    private const int MinNameWords = 2;

    /// <summary>The office names in one cell's tokens, each as its tokens, unit word first.</summary>
    /// <param name="tokens">All tokens of the cell, function words included.</param>
    /// <param name="isUnitWord">Whether a folded word is, or ends in, a word for an administrative unit.</param>
    /// <param name="mayName">Whether a token may be a word of a name: not a function word or a city's name.</param>
    public static IEnumerable<Token[]> Find(IReadOnlyList<Token> tokens, Func<string, bool> isUnitWord, Func<Token, bool> mayName)
    {
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (!tokens[i].Capitalized || !isUnitWord(tokens[i].Folded))
            {
                continue;
            }

            var (end, words) = NameEnd(tokens, i + 1, isUnitWord, mayName);
            if (end > i && words >= MinNameWords)
            {
                yield return [.. tokens.Skip(i).Take(end - i + 1)];
            }
        }
    }

    /// <summary>
    /// The last token of the name that starts after the unit word (one before <paramref name="start"/> when none does) and
    /// the number of its words.
    /// "für" may open the name; "und" may join two of its words. Words are nouns (capitalised, not at a sentence start) or
    /// lower-case adjectives right before one.
    /// </summary>
    private static (int End, int Words) NameEnd(IReadOnlyList<Token> tokens, int start, Func<string, bool> isUnitWord, Func<Token, bool> mayName)
    {
        var p = start;
        if (p < tokens.Count && tokens[p].Folded is "fur" or "fuer")
        {
            p++;
        }

        var end = start - 1;
        var words = 0;
        var endWords = 0;
        while (p < tokens.Count && words < MaxNameWords)
        {
            var token = tokens[p];
            if (token.FirstOfSentence || !mayName(token) || isUnitWord(token.Folded))
            {
                if (token.Folded == "und" && words > 0 && p + 1 < tokens.Count && IsNoun(tokens[p + 1]) && mayName(tokens[p + 1]))
                {
                    p++;
                    continue;
                }

                break;
            }

            words++;
            if (IsNoun(token))
            {
                end = p;
                endWords = words;
            }
            else if (p + 1 >= tokens.Count || !IsNoun(tokens[p + 1]))
            {
                break;
            }

            p++;
        }

        return (end, endWords);
    }

    private static bool IsNoun(Token token) => token.Capitalized && !token.FirstOfSentence;
}
