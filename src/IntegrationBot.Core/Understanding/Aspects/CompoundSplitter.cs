using System.Collections.Frozen;

namespace IntegrationBot.Core.Understanding.Aspects;

/// <summary>
/// Splits a German compound into modifier and head against a vocabulary (the synopsis' own words and stems): the
/// longest known head wins ("flüchtlings|beratung", "personal|ausstattung"), a linking "s", "n" or "es" is dropped from
/// the modifier. Words the vocabulary does not explain stay whole. Folded input (see Text.WordFolder), no allocation
/// for words that do not split.
/// </summary>
public sealed class CompoundSplitter
{
    /// <summary>Shortest part that counts: shorter heads ("amt", "rat") end too many unrelated words.</summary>
    public const int MinPartLength = 4;

    private readonly FrozenSet<string> _vocabulary;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _general;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _modifierStarts;

    /// <param name="vocabulary">The synopsis' own folded words: a head from here splits off any modifier.</param>
    /// <param name="general">Folded words of general German (the thesaurus), may be null: a head from here splits only
    /// when the modifier is a known word too, so "Unter|bringung" is not cut into "unt|erbringung".</param>
    public CompoundSplitter(IEnumerable<string> vocabulary, FrozenSet<string>? general = null)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _vocabulary = vocabulary.Where(static w => w.Length >= MinPartLength).ToFrozenSet(StringComparer.Ordinal);
        _lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        _general = (general ?? FrozenSet<string>.Empty).GetAlternateLookup<ReadOnlySpan<char>>();
        // Only a splitter with general heads can find a vocabulary modifier; the others need not index the starts.
        _modifierStarts = (general is { Count: > 0 }
                ? _vocabulary.Where(static w => w.Length > MinPartLength).Select(static w => w[..(MinPartLength + 1)]).ToFrozenSet(StringComparer.Ordinal)
                : FrozenSet<string>.Empty)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Knows(ReadOnlySpan<char> word) => _lookup.Contains(word);

    private bool KnowsAnywhere(ReadOnlySpan<char> word) => _lookup.Contains(word) || _general.Contains(word);

    /// <summary>
    /// The parts of <paramref name="folded"/> (head last), or an empty list when it is not a compound of known words.
    /// The modifier is returned even when it is unknown as long as the head is known and the modifier long enough,
    /// because the head alone already says what the word is about ("Deutsch|kurs" is a "Kurs").
    /// </summary>
    public IReadOnlyList<string> Split(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var word = folded.AsSpan();
        if (word.Length < (2 * MinPartLength) - 1)
        {
            return [];
        }

        for (var i = 3; i <= word.Length - MinPartLength; i++)
        {
            var head = Inflected(word[i..], _lookup);
            if (_lookup.Contains(head))
            {
                var modifier = Modifier(word[..i]);
                if (modifier.Length < 3)
                {
                    return [head.ToString()];
                }

                var inner = KnowsAnywhere(modifier) ? [] : Split(modifier.ToString());
                return inner.Count > 0 ? [.. inner, head.ToString()] : [modifier.ToString(), head.ToString()];
            }

            head = Inflected(word[i..], _general);
            if (_general.Contains(head) && Modifier(word[..i]) is { Length: >= MinPartLength } known && KnowsAnywhere(known))
            {
                return [known.ToString(), head.ToString()];
            }
        }

        return [];
    }

    /// <summary>
    /// The modifier of a compound whose head only general German knows ("Zuzugs|stopp", "Wohnsitz|regelung"), when the
    /// synopsis holds that modifier; otherwise null. The longest such modifier wins: it is the most specific topic.
    /// </summary>
    public string? VocabularyModifier(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var word = folded.AsSpan();
        if (word.Length <= (2 * MinPartLength) || !_modifierStarts.Contains(word[..(MinPartLength + 1)]))
        {
            // Most question words begin like no word of the synopsis: no need to try every cut.
            return null;
        }

        for (var i = word.Length - MinPartLength; i >= MinPartLength; i--)
        {
            if (!_general.Contains(Inflected(word[i..], _general)))
            {
                continue;
            }

            var modifier = Modifier(word[..i]);
            if (modifier.Length > MinPartLength && _lookup.Contains(modifier))
            {
                return modifier.ToString();
            }
        }

        return null;
    }

    /// <summary>
    /// The head as the vocabulary holds it: a compound inflects only its head ("Patenschafts|programme" of "Programm"), so a
    /// plural or case ending is dropped when the bare form is known.
    /// </summary>
    private static ReadOnlySpan<char> Inflected(ReadOnlySpan<char> head, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> known)
    {
        if (known.Contains(head))
        {
            return head;
        }

        foreach (var ending in (ReadOnlySpan<string>)["en", "n", "e", "s"])
        {
            if (head.Length - ending.Length > MinPartLength && head.EndsWith(ending, StringComparison.Ordinal)
                && known.Contains(head[..^ending.Length]))
            {
                return head[..^ending.Length];
            }
        }

        return head;
    }

    /// <summary>The modifier without its linking element ("integrations" → "integration", "frauen" stays).</summary>
    private ReadOnlySpan<char> Modifier(ReadOnlySpan<char> part)
    {
        if (KnowsAnywhere(part))
        {
            return part;
        }

        foreach (var link in (ReadOnlySpan<string>)["s", "es", "n", "en", "e"])
        {
            if (part.Length > link.Length + 2 && part.EndsWith(link, StringComparison.Ordinal) && KnowsAnywhere(part[..^link.Length]))
            {
                return part[..^link.Length];
            }
        }

        return part.Length > 4 && part[^1] == 's' ? part[..^1] : part;
    }
}
