namespace IntegrationBot.Core.Insights;

/// <summary>Counters summed over a period (all instances, all days), and kept question texts, newest first.</summary>
public sealed record InsightSnapshot(DateOnly From, DateOnly To, IReadOnlyDictionary<InsightKey, long> Counts, IReadOnlyList<string> Questions)
{
    public IReadOnlyList<(string Value, long Count)> Top(InsightCategory category) =>
        [.. Counts.Where(c => c.Key.Category == category).OrderByDescending(static c => c.Value).ThenBy(static c => c.Key.Value, StringComparer.CurrentCulture).Select(static c => (c.Key.Value, c.Value))];
}
