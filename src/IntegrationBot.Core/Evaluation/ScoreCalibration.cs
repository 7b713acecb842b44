using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Evaluation;

/// <summary>
/// Fits the decision rules' scores on labelled data: for every rule that decided a scored turn, how many of those turns
/// were fully right. The score of a rule is then its smoothed precision (<see cref="RuleScore.Score"/>), so "0.9" means
/// that nine in ten readings of that kind were right on the labelled sets.
/// </summary>
public static class ScoreCalibration
{
    /// <summary>The name counted for a result that no named rule decided (should not happen; kept visible if it does).</summary>
    public const string Unnamed = "(unnamed)";

    private const string SetEnd = ".jsonl";

    /// <summary>
    /// A labelled set as the calibration names it: "set.jsonl" (judged on the seed) or "set.jsonl@synopsis.tsv" (on that
    /// synopsis); anything that names no .jsonl set is null.
    /// </summary>
    public static (string Set, string? Synopsis)? ParseSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var at = source.IndexOf(SetEnd + "@", StringComparison.Ordinal);
        if (at >= 0)
        {
            return (source[..(at + SetEnd.Length)], source[(at + SetEnd.Length + 1)..]);
        }

        return source.EndsWith(SetEnd, StringComparison.Ordinal) ? (source, null) : null;
    }

    /// <summary>The source as the scores file's header records it: file names only, so it reads the same on every machine.</summary>
    public static string SourceName((string Set, string? Synopsis) source) =>
        Path.GetFileName(source.Set) + (source.Synopsis is null ? string.Empty : "@" + Path.GetFileName(source.Synopsis));

    public static RuleScores Fit(IEnumerable<NluReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var counts = new Dictionary<string, (int Correct, int Total)>(StringComparer.Ordinal);
        foreach (var outcome in reports.SelectMany(static r => r.Outcomes))
        {
            var rule = outcome.Recognition.Rule ?? Unnamed;
            var (correct, total) = counts.GetValueOrDefault(rule);
            counts[rule] = (correct + (outcome.Correct ? 1 : 0), total + 1);
        }

        return RuleScores.Create(counts.Select(static c => new RuleScore(c.Key, c.Value.Correct, c.Value.Total)));
    }
}
