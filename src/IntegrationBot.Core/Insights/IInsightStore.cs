namespace IntegrationBot.Core.Insights;

/// <summary>Where insight counters live. Several instances writing to one store add up.</summary>
public interface IInsightStore
{
    /// <summary>Adds one turn's counters to <paramref name="day"/> (UTC day; no finer time is stored).</summary>
    Task RecordAsync(DateOnly day, InsightObservation observation, CancellationToken cancellationToken = default);

    /// <summary>Sums all counters of the days from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    Task<InsightSnapshot> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
