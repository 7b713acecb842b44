using System.Collections.Concurrent;
using System.Collections.Frozen;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Aspects;

/// <summary>
/// English writes as a phrase what German joins into one word: "school social work" is "Schul|sozial|arbeit", "interpreter
/// pool" "Dolmetscher|pool", "café for girls" "Mädchen|café". Joins the German words of two or three adjacent English words,
/// or of one or two words and the modifier after their "for", "at" or "of", with the usual linking forms and keeps the
/// join the synopsis holds as one word. Thread-safe; built once per synopsis.
/// </summary>
internal sealed class EnglishCompounds
{
    private const int MaxWords = 3;
    private const int MaxTranslations = 4;

    private readonly EnglishSources _english;
    private readonly Func<string, bool> _isKnownStem;
    private readonly ConcurrentDictionary<string, string[]> _germanWords = new(StringComparer.Ordinal);

    /// <param name="english">Where the German words of an English word come from (glossary, then dictionary).</param>
    /// <param name="isKnownStem">Whether the synopsis holds a word of this stem.</param>
    public EnglishCompounds(EnglishSources english, Func<string, bool> isKnownStem)
    {
        ArgumentNullException.ThrowIfNull(english);
        ArgumentNullException.ThrowIfNull(isKnownStem);
        _english = english;
        _isKnownStem = isKnownStem;
    }

    /// <summary>
    /// The longest compound (folded) of the words ending at <paramref name="last"/>, else of the modifier at
    /// <paramref name="last"/> and the words before its preposition, each of them a content word (<paramref name="mayTake"/>)
    /// that may be English; null if the synopsis holds none.
    /// </summary>
    public string? Find(IReadOnlyList<Token> tokens, int last, Func<Token, bool> mayTake)
    {
        Span<int> positions = stackalloc int[MaxWords];
        for (var length = Math.Min(MaxWords, last + 1); length >= 2; length--)
        {
            for (var i = 0; i < length; i++)
            {
                positions[i] = last - length + 1 + i;
            }

            if (Known(Joins(tokens, positions[..length], mayTake, pluralModifier: false)) is { } form)
            {
                return form;
            }
        }

        // English puts the modifier after a preposition where German puts it first: "café for girls" is "Mädchen|café",
        // "social work at schools" "Schul|sozialarbeit". The modifier is read in the singular, as German joins it.
        if (last < 2 || !ModifierPrepositions.Contains(tokens[last - 1].Key))
        {
            return null;
        }

        for (var length = Math.Min(MaxWords - 1, last - 1); length >= 1; length--)
        {
            positions[0] = last;
            for (var i = 0; i < length; i++)
            {
                positions[1 + i] = last - 1 - length + i;
            }

            if (Known(Joins(tokens, positions[..(length + 1)], mayTake, pluralModifier: true)) is { } form)
            {
                return form;
            }
        }

        return null;
    }

    private static readonly FrozenSet<string> ModifierPrepositions = FrozenSet.Create(StringComparer.Ordinal, "for", "at", "of");

    private string? Known(List<string> forms)
    {
        foreach (var form in forms)
        {
            if (_isKnownStem(WordFolder.Stem(form)))
            {
                return form;
            }
        }

        return null;
    }

    private List<string> Joins(IReadOnlyList<Token> tokens, ReadOnlySpan<int> positions, Func<Token, bool> mayTake, bool pluralModifier)
    {
        // At least one word must be English, so German words typed apart are not joined. Checked before any translation
        // is looked up: most windows of a German question hold no English word at all.
        Span<bool> english = stackalloc bool[MaxWords];
        var anyEnglish = false;
        for (var i = 0; i < positions.Length; i++)
        {
            if (!mayTake(tokens[positions[i]]))
            {
                return [];
            }

            english[i] = _english.MayBeEnglish(tokens[positions[i]]);
            anyEnglish |= english[i];
        }

        if (!anyEnglish)
        {
            return [];
        }

        var forms = new List<string> { string.Empty };
        for (var i = 0; i < positions.Length; i++)
        {
            var token = tokens[positions[i]];

            // Every word is its own German part as well as its translations': both languages share some ("video interpreting" is
            // "Video|dolmetschen", "democracy workshop" "Demokratie|werkstatt"), and German joins English loans ("job centre" is
            // "Jobcenter", "job café" "Jobcafé").
            var singular = pluralModifier && i == 0 && english[i] ? EnglishSingular(token) : null;
            var germanWords = LoanForms(token.Folded, english[i]).Concat(GermanWords(token)).Concat(singular is null ? [] : GermanWords(singular))
                .Distinct(StringComparer.Ordinal).ToArray();
            var next = new List<string>();
            foreach (var prefix in forms)
            {
                foreach (var word in germanWords)
                {
                    if (i == positions.Length - 1)
                    {
                        next.Add(prefix + word);
                    }
                    else
                    {
                        next.AddRange(LinkingForms(word).Select(form => prefix + form));
                    }
                }
            }

            if (next.Count == 0)
            {
                return [];
            }

            forms = next;
        }

        return forms;
    }

    /// <summary>The singular of an English plural in "-s" ("girls", "schools"), as a token; null for other words.</summary>
    private static Token? EnglishSingular(Token token) =>
        token.Folded.Length > 4 && token.Folded[^1] == 's' && token.Folded[^2] != 's' && Tokenizer.Tokenize(token.Folded[..^1]) is [var singular] ? singular : null;

    /// <summary>
    /// The folded one-word German translations of an English word: the glossary's usual word, then the dictionary's. Cached
    /// only for words that have some, so questions cannot grow the cache beyond the glossary's and dictionary's words.
    /// </summary>
    private string[] GermanWords(Token token)
    {
        var cacheKey = token.Key + "|" + token.Folded;
        if (_germanWords.TryGetValue(cacheKey, out var cached))
        {
            return cached;
        }

        var words = new List<string>();
        foreach (var german in _english.Usual(token.Key).Concat(_english.General?.Invoke(token.Folded) ?? []))
        {
            var parts = Tokenizer.Tokenize(german);
            if (parts.Count == 1 && !words.Contains(parts[0].Folded) && words.Count < MaxTranslations)
            {
                words.Add(parts[0].Folded);
            }
        }

        return words.Count == 0 ? [] : _germanWords.GetOrAdd(cacheKey, [.. words]);
    }

    /// <summary>An English word as German borrows it: as typed, and a British "-re" in the American "-er" German spells
    /// ("centre" → "Center", "theatre" → "Theater").</summary>
    private static IEnumerable<string> LoanForms(string folded, bool english)
    {
        yield return folded;
        if (english && folded.Length > 4 && folded.EndsWith("re", StringComparison.Ordinal))
        {
            yield return folded[..^2] + "er";
        }
    }

    /// <summary>A German word as the first part of a compound: as it is, with a linking "s" or "en", or without its final "e" ("Schul|") or with "n".</summary>
    private static IEnumerable<string> LinkingForms(string folded)
    {
        yield return folded;
        yield return folded + "s";
        if (folded.EndsWith('e'))
        {
            yield return folded[..^1];
            yield return folded + "n";
        }
        else
        {
            yield return folded + "en";
        }
    }
}
