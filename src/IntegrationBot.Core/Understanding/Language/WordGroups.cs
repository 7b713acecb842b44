namespace IntegrationBot.Core.Understanding.Language;

/// <summary>
/// Groups of words that mean the same or nearly the same, indexed by <see cref="LanguageKey"/>. A word may sit in
/// several groups (it has several senses); <see cref="Related"/> then returns the union, in file order.
/// Built for a fast start: one dictionary from key to a slice of a flat array of group numbers, no per-key lists.
/// </summary>
internal sealed class WordGroups
{
    private readonly string[][] _groups;
    private readonly string[][] _groupKeys;
    private readonly Dictionary<string, (int Start, int Count)> _byKey;
    private readonly int[] _groupNumbers;

    public WordGroups(IReadOnlyList<string[]> groups)
    {
        _groups = new string[groups.Count][];
        _groupKeys = new string[groups.Count][];
        var keyIds = new Dictionary<string, int>(groups.Count * 3, StringComparer.Ordinal);
        var counts = new List<int>(groups.Count * 3);

        // Many words recur in several sets ("Rat", "Stelle"): each distinct spelling is folded and stemmed once.
        var keyOfWord = new Dictionary<string, string>(groups.Count * 3, StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            var words = groups[g];
            var keys = new string[words.Length];
            for (var w = 0; w < words.Length; w++)
            {
                if (!keyOfWord.TryGetValue(words[w], out var key))
                {
                    key = LanguageKey.Of(words[w]);
                    keyOfWord.Add(words[w], key);
                }

                keys[w] = key;
                if (key.Length == 0 || Array.IndexOf(keys, key, 0, w) >= 0)
                {
                    continue;
                }

                if (keyIds.TryGetValue(key, out var id))
                {
                    counts[id]++;
                }
                else
                {
                    keyIds.Add(key, counts.Count);
                    counts.Add(1);
                }
            }

            _groups[g] = words;
            _groupKeys[g] = keys;
        }

        // Second pass: every key's groups as one contiguous slice of _groupNumbers (CSR layout).
        var starts = new int[counts.Count];
        var total = 0;
        for (var id = 0; id < counts.Count; id++)
        {
            starts[id] = total;
            total += counts[id];
        }

        _groupNumbers = new int[total];
        var filled = new int[counts.Count];
        for (var g = 0; g < _groups.Length; g++)
        {
            var keys = _groupKeys[g];
            for (var w = 0; w < keys.Length; w++)
            {
                if (keys[w].Length == 0 || Array.IndexOf(keys, keys[w], 0, w) >= 0)
                {
                    continue;
                }

                var id = keyIds[keys[w]];
                _groupNumbers[starts[id] + filled[id]++] = g;
            }
        }

        _byKey = new Dictionary<string, (int Start, int Count)>(keyIds.Count, StringComparer.Ordinal);
        foreach (var (key, id) in keyIds)
        {
            _byKey.Add(key, (starts[id], counts[id]));
        }
    }

    public int GroupCount => _groups.Length;

    /// <summary>Number of distinct keys (words and phrases) that have a group.</summary>
    public int KeyCount => _byKey.Count;

    public bool Contains(string key) => _byKey.ContainsKey(key);

    /// <summary>The other words of every group that holds <paramref name="key"/>, as written in the file, one per key.</summary>
    public IReadOnlyList<string> Related(string key)
    {
        if (!_byKey.TryGetValue(key, out var slice))
        {
            return [];
        }

        var result = new List<string>();
        var resultKeys = new List<string>();
        for (var n = slice.Start; n < slice.Start + slice.Count; n++)
        {
            var g = _groupNumbers[n];
            for (var w = 0; w < _groups[g].Length; w++)
            {
                var wordKey = _groupKeys[g][w];
                if (wordKey.Length > 0 && !string.Equals(wordKey, key, StringComparison.Ordinal) && !resultKeys.Contains(wordKey, StringComparer.Ordinal))
                {
                    resultKeys.Add(wordKey);
                    result.Add(_groups[g][w]);
                }
            }
        }

        return result;
    }
}
