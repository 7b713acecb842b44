using System.Text.RegularExpressions;

namespace IntegrationBot.Core.Understanding;

/// <summary>
/// Splits a message that asks two things into its parts: at a question mark followed by another question, at a
/// semicolon, or at „und“ / „, und“ that starts a new question (a question word or a verb-first question follows).
/// „Stuttgart und Bielefeld“ or „Aufgaben und Arbeitsweise“ are never split: what follows „und“ there is no question.
/// </summary>
public static partial class TwoPartQuestion
{
    private const int MinPartLength = 8;

    public static (string First, string Second)? Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        foreach (var boundary in new[] { QuestionMark(), Semicolon(), AndQuestion() })
        {
            var match = boundary.Match(trimmed);
            if (!match.Success)
            {
                continue;
            }

            var first = trimmed[..match.Index].Trim().TrimEnd(',').Trim();

            // The "und" boundary consumes the question word that starts the second part; give it back.
            var start = match.Groups["start"].Success ? match.Groups["start"].Value : string.Empty;
            var second = (start + trimmed[(match.Index + match.Length)..]).Trim();

            if (first.Length >= MinPartLength && second.Length >= MinPartLength)
            {
                return (EndAsQuestion(first), EndAsQuestion(Capitalise(second)));
            }
        }

        return null;
    }

    private static string EndAsQuestion(string part) => part.EndsWith('?') || part.EndsWith('.') || part.EndsWith('!') ? part : part + "?";

    private static string Capitalise(string part) => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..];

    [GeneratedRegex(@"\?\s+(?=\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionMark();

    [GeneratedRegex(@";\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Semicolon();

    [GeneratedRegex(@",?\s+(und|sowie|and)\s+(?<start>(was|wie|wo|wer|wen|wem|welche|welcher|welches|welchen|wann|warum|wieso|gibt|hat|haben|ist|sind|zeig|zeige|what|how|where|which|who)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AndQuestion();
}
