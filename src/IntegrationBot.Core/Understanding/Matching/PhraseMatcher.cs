using IntegrationBot.Core.Understanding.Lexicons;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Matching;

/// <summary>
/// All phrases of the lexicon and the synopsis, indexed by their first word's key, matched in one pass over a
/// message. A "*" in a phrase skips up to <see cref="LexiconPhrase.MaxGap"/> words.
/// </summary>
public sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<Pattern>> _byFirstKey = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>Adds a phrase given as match keys (see <see cref="Tokenizer.Keys"/>); ignores empty phrases.</summary>
    public void Add(string[] keys, CueTarget target)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(target);
        var trimmed = keys.SkipWhile(static k => k == "*").Reverse().SkipWhile(static k => k == "*").Reverse().ToArray();
        if (trimmed.Length == 0)
        {
            return;
        }

        if (!_byFirstKey.TryGetValue(trimmed[0], out var list))
        {
            _byFirstKey[trimmed[0]] = list = [];
        }

        foreach (var existing in list)
        {
            if (existing.Target == target && existing.Keys.AsSpan().SequenceEqual(trimmed))
            {
                return;
            }
        }

        list.Add(new Pattern(trimmed, target));
        Count++;
    }

    public void MatchAll(IReadOnlyList<Token> tokens, List<PhraseMatch> into)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(into);
        Span<int> positions = stackalloc int[32];
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!_byFirstKey.TryGetValue(tokens[start].Key, out var patterns))
            {
                continue;
            }

            foreach (var pattern in patterns)
            {
                if (pattern.Keys.Length > positions.Length)
                {
                    continue;
                }

                var count = Match(pattern.Keys, tokens, start, positions);
                if (count > 0)
                {
                    var used = positions[..count].ToArray();
                    into.Add(new PhraseMatch(pattern.Target, start, used[^1], used, pattern.Target.Weight));
                }
            }
        }
    }

    private static int Match(string[] keys, IReadOnlyList<Token> tokens, int start, Span<int> positions)
    {
        positions[0] = start;
        var count = 1;
        var at = start + 1;
        for (var k = 1; k < keys.Length; k++)
        {
            if (keys[k] == "*")
            {
                k++;
                var found = -1;
                for (var j = at; j < tokens.Count && j <= at + LexiconPhrase.MaxGap; j++)
                {
                    if (tokens[j].Key == keys[k])
                    {
                        found = j;
                        break;
                    }
                }

                if (found < 0)
                {
                    return 0;
                }

                positions[count++] = found;
                at = found + 1;
                continue;
            }

            if (at >= tokens.Count || tokens[at].Key != keys[k])
            {
                return 0;
            }

            positions[count++] = at;
            at++;
        }

        return count;
    }

    private sealed record Pattern(string[] Keys, CueTarget Target);
}
