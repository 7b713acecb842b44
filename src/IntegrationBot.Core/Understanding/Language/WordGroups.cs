using System.Collections.Frozen;

namespace IntegrationBot.Core.Understanding.Language;

/// <summary>
/// Groups of words that mean the same or nearly the same, indexed by <see cref="LanguageKey"/>. A word may sit in
/// several groups (it has several senses); <see cref="Related"/> then returns the union, nearest group first.
/// </summary>
internal sealed class WordGroups
{
    private readonly string[][] _groups;
    private readonly string[][] _groupKeys;
    private readonly FrozenDictionary<string, int[]> _byKey;

    public WordGroups(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        _groups = new string[groups.Count][];
        _groupKeys = new string[groups.Count][];
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            _groups[g] = [.. groups[g]];
            _groupKeys[g] = new string[_groups[g].Length];
            for (var w = 0; w < _groups[g].Length; w++)
            {
                var key = LanguageKey.Of(_groups[g][w]);
                _groupKeys[g][w] = key;
                if (key.Length == 0)
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = new List<int>(1);
                }

                if (list.Count == 0 || list[^1] != g)
                {
                    list.Add(g);
                }
            }
        }

        _byKey = byKey.ToFrozenDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public int GroupCount => _groups.Length;

    /// <summary>Number of distinct keys (words and phrases) that have a group.</summary>
    public int KeyCount => _byKey.Count;

    public IEnumerable<string> Keys => _byKey.Keys;

    public bool Contains(string key) => _byKey.ContainsKey(key);

    /// <summary>The other words of every group that holds <paramref name="key"/>, as written in the file, without duplicates.</summary>
    public IReadOnlyList<string> Related(string key)
    {
        if (!_byKey.TryGetValue(key, out var groups))
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { key };
        var result = new List<string>();
        foreach (var g in groups)
        {
            for (var w = 0; w < _groups[g].Length; w++)
            {
                if (seen.Add(_groupKeys[g][w]))
                {
                    result.Add(_groups[g][w]);
                }
            }
        }

        return result;
    }
}
