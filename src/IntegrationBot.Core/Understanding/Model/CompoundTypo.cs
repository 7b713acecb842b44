using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Understanding.Model;

/// <summary>
/// A typo inside a compound that the synopsis never writes whole: "Quatiersarbeit" is "Quartiers|arbeit", but no cell
/// says "Quartiersarbeit", so the word as a whole is near no word of the data. When the word ends in a word the synopsis
/// knows ("arbeit") and what stands before it is unknown to the data, the thesaurus and the function words, but one edit
/// away from a typo target ("quartier"), the word is read as that target, the specific part of the compound.
/// A correctly written compound has a known modifier ("Winter|sport", "Vereins|sport") and is left alone; a cut whose one
/// edit falls on the cut itself ("Migran|tischer" for "migrant") is a wrong cut, not a typo.
/// </summary>
internal static class CompoundTypo
{
    /// <summary>Both parts must be this long: shorter cuts meet too many words by chance.</summary>
    private const int MinPart = 5;

    /// <summary>The corrected key of the compound's modifier at one edit, or null.</summary>
    public static (string Key, int Distance)? Find(RecognitionModel model, string folded)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(folded);
        for (var split = MinPart; split <= folded.Length - MinPart; split++)
        {
            var head = folded[split..];
            if (!model.Vocabulary.Contains(WordFolder.Stem(head)) && !model.Vocabulary.Contains(head))
            {
                continue;
            }

            // The linking "s" of German compounds ("Quartiers|arbeit") belongs to neither word.
            var modifier = folded[..split];
            var bare = modifier.EndsWith('s') ? modifier[..^1] : null;
            if (IsKnown(model, modifier) || (bare is not null && IsKnown(model, bare)))
            {
                continue;
            }

            var typed = modifier;
            var hit = model.Fuzzy.FindTarget(modifier);
            if (hit is null && bare is not null)
            {
                typed = bare;
                hit = model.Fuzzy.FindTarget(bare);
            }

            // An edit at the cut ("migran|tischer" for "migrant") means the cut is wrong, not that a letter is.
            if (hit is { Distance: 1 } found && found.Target[^1] == typed[^1])
            {
                return (found.Key, found.Distance);
            }
        }

        return null;
    }

    private static bool IsKnown(RecognitionModel model, string folded)
    {
        var stem = WordFolder.Stem(folded);
        return model.Vocabulary.Contains(stem) || model.Vocabulary.Contains(folded) || model.ThesaurusKnows(stem) || model.IsFunctionWord(stem);
    }
}
