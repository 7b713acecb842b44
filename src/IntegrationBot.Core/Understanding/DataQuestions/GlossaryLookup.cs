using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.DataQuestions;

/// <summary>
/// Finds glossary terms of the synopsis: the term a definition question asks about, and terms mentioned anywhere in a
/// message. Terms are compared by their word stems, so „einer RAA“, „RAAs“ and „raa“ all find „RAA“.
/// </summary>
public sealed class GlossaryLookup
{
    private readonly List<(string[] Keys, GlossaryTerm Term)> _terms;

    public GlossaryLookup(IReadOnlyList<GlossaryTerm> glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        _terms = glossary
            .Where(static t => !string.IsNullOrWhiteSpace(t.Term))
            .Select(static t => (Keys(t.Term), t))
            .Where(static t => t.Item1.Length > 0)
            .OrderByDescending(static t => t.Item1.Length)
            .ToList();
    }

    public bool IsEmpty => _terms.Count == 0;

    /// <summary>The glossary entry whose term is exactly <paramref name="phrase"/> (by stems); null when none.</summary>
    public GlossaryTerm? Exact(string phrase)
    {
        var keys = Keys(phrase);
        return keys.Length == 0 ? null : _terms.FirstOrDefault(t => t.Keys.SequenceEqual(keys)).Term;
    }

    /// <summary>Glossary terms that occur in the message as whole words, longest first, without overlaps.</summary>
    public IReadOnlyList<GlossaryTerm> Mentioned(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var used = new bool[tokens.Count];
        var found = new List<GlossaryTerm>();
        foreach (var (keys, term) in _terms)
        {
            for (var start = 0; start + keys.Length <= tokens.Count; start++)
            {
                var span = Enumerable.Range(start, keys.Length);
                if (span.All(i => !used[i] && Same(tokens[i], keys[i - start])))
                {
                    foreach (var i in span)
                    {
                        used[i] = true;
                    }

                    found.Add(term);
                    break;
                }
            }
        }

        return found;
    }

    private static bool Same(Token token, string key) =>
        string.Equals(token.Stem, key, StringComparison.Ordinal) || string.Equals(token.Folded, key, StringComparison.Ordinal)
        || (token.Folded.Length > key.Length && token.Folded.EndsWith('s') && string.Equals(token.Folded[..^1], key, StringComparison.Ordinal));

    private static string[] Keys(string phrase) => [.. Tokenizer.Tokenize(phrase).Select(static t => t.Stem)];
}
