using System.Collections.Frozen;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Model;

/// <summary>
/// Typo tolerance for the words that matter (city names, aspect and question cues): Damerau–Levenshtein within
/// <see cref="DamerauLevenshtein.AllowedEdits"/>, candidates bucketed by first letter so a lookup touches few words.
/// </summary>
public sealed class FuzzyIndex
{
    private const int MinLength = 5;

    private readonly FrozenDictionary<char, (string Folded, string Key, string Group)[]> _byFirstLetter;

    public FuzzyIndex(IEnumerable<(string Folded, string Key, string Group)> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        _byFirstLetter = targets
            .Where(static t => t.Folded.Length >= MinLength)
            .Distinct()
            .GroupBy(static t => t.Folded[0])
            .ToFrozenDictionary(static g => g.Key, static g => g.OrderBy(static t => t.Folded.Length).ToArray());
    }

    /// <summary>
    /// The key of the closest target within the allowed edits, or null when there is none or when two different
    /// targets of different groups (places, aspects, cues) are equally close: then guessing would be worse than not
    /// understanding. Spellings of the same thing ("frankfurt", "frankfort") are one group.
    /// </summary>
    public (string Key, int Distance)? Find(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var allowed = DamerauLevenshtein.AllowedEdits(folded.Length);
        if (allowed == 0 || folded.Length < MinLength || !_byFirstLetter.TryGetValue(folded[0], out var candidates))
        {
            return null;
        }

        string? best = null;
        string? bestGroup = null;
        var bestDistance = allowed + 1;
        var tie = false;
        foreach (var (target, key, group) in candidates)
        {
            if (target.Length < folded.Length - allowed)
            {
                continue;
            }

            if (target.Length > folded.Length + allowed)
            {
                break;
            }

            var max = Math.Min(allowed, DamerauLevenshtein.AllowedEdits(target.Length));
            var distance = DamerauLevenshtein.Distance(folded, target, Math.Min(max, bestDistance));
            if (distance > max || distance > bestDistance)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                best = key;
                bestGroup = group;
                bestDistance = distance;
                tie = false;
            }
            else if (!string.Equals(best, key, StringComparison.Ordinal) && !string.Equals(bestGroup, group, StringComparison.Ordinal))
            {
                tie = true;
            }
        }

        return best is null || tie ? null : (best, bestDistance);
    }
}
