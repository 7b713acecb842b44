namespace IntegrationBot.Core.Synopsis;

/// <summary>
/// Compares two synopses as the bot sees them (title, aspect and city order, every entry's flag and blocks, keywords,
/// provenance, glossary) and says in German what differs. Used to prove conversions lossless. A date that came from
/// the file's modification time is not compared: a converted file has its own.
/// </summary>
public static class SynopsisComparison
{
    public static IReadOnlyList<string> Differences(SynopsisDocument expected, SynopsisDocument actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var differences = new List<string>();
        if (expected.Title != actual.Title)
        {
            differences.Add($"Titel: „{expected.Title}“ ≠ „{actual.Title}“");
        }

        CompareSequence("Aspekte", expected.Aspects.Select(static a => a.Title), actual.Aspects.Select(static a => a.Title), differences);
        CompareSequence("Städte", expected.Cities.Select(static c => c.Name), actual.Cities.Select(static c => c.Name), differences);
        var actualAspects = actual.Aspects.ToDictionary(static a => a.Title, StringComparer.Ordinal);
        foreach (var aspect in expected.Aspects)
        {
            if (actualAspects.TryGetValue(aspect.Title, out var other))
            {
                CompareSequence($"Stichworte zu „{aspect.Title}“", aspect.Keywords, other.Keywords, differences);
            }
        }

        CompareSequence("Glossar", expected.Glossary.Select(static t => t.ToString()), actual.Glossary.Select(static t => t.ToString()), differences);
        CompareProvenance(expected.Provenance, actual.Provenance, differences);

        var actualEntries = actual.Entries.ToDictionary(static e => (e.City.Name, e.Aspect.Title));
        foreach (var entry in expected.Entries)
        {
            var key = (entry.City.Name, entry.Aspect.Title);
            if (!actualEntries.Remove(key, out var other))
            {
                differences.Add($"{entry.City.Name} / „{entry.Aspect.Title}“: Eintrag fehlt");
                continue;
            }

            if (entry.ExamplesOnly != other.ExamplesOnly)
            {
                differences.Add($"{entry.City.Name} / „{entry.Aspect.Title}“: „z.B.“ {entry.ExamplesOnly} ≠ {other.ExamplesOnly}");
            }

            if (!SameBlocks(entry.Blocks, other.Blocks))
            {
                differences.Add($"{entry.City.Name} / „{entry.Aspect.Title}“: Inhalt weicht ab:\n{entry.PlainText}\n≠\n{other.PlainText}");
            }
        }

        differences.AddRange(actualEntries.Keys.Select(static k => $"{k.Name} / „{k.Title}“: zusätzlicher Eintrag"));
        return differences;
    }

    public static bool SameBlocks(IReadOnlyList<ContentBlock> left, IReadOnlyList<ContentBlock> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return left.Count == right.Count && left.Zip(right).All(static pair => (pair.First, pair.Second) switch
        {
            (BulletList a, BulletList b) => a.Items.SequenceEqual(b.Items, StringComparer.Ordinal),
            var (a, b) => Equals(a, b),
        });
    }

    private static void CompareProvenance(SynopsisProvenance expected, SynopsisProvenance actual, List<string> differences)
    {
        Compare("Bearbeitung", expected.Editor, actual.Editor, differences);
        Compare("Organisation", expected.Organisation, actual.Organisation, differences);
        Compare("Quelle", expected.SourceUrl?.OriginalString, actual.SourceUrl?.OriginalString, differences);
        if (!expected.DateFromFileModification)
        {
            Compare("Stand", expected.DateText, actual.DateFromFileModification ? null : actual.DateText, differences);
        }
    }

    private static void Compare(string what, string? expected, string? actual, List<string> differences)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            differences.Add($"{what}: „{expected ?? "(keine Angabe)"}“ ≠ „{actual ?? "(keine Angabe)"}“");
        }
    }

    private static void CompareSequence(string what, IEnumerable<string> expected, IEnumerable<string> actual, List<string> differences)
    {
        var left = expected.ToArray();
        var right = actual.ToArray();
        if (!left.SequenceEqual(right, StringComparer.Ordinal))
        {
            differences.Add($"{what}: [{string.Join(", ", left)}] ≠ [{string.Join(", ", right)}]");
        }
    }
}
