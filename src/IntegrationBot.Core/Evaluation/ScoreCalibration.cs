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
