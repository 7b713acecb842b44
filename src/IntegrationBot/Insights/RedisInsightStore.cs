using System.Globalization;
using IntegrationBot.Core.Insights;
using StackExchange.Redis;

namespace IntegrationBot.Insights;

/// <summary>
/// Insight counters in Redis (the state provider's server): one hash per UTC day (<c>{prefix}counts:2026-12-01</c>,
/// HINCRBY per counter, so instances add up atomically) that expires after the retention; kept question texts in a list
/// per day with the shorter question retention.
/// </summary>
public sealed class RedisInsightStore(IConnectionMultiplexer redis, string keyPrefix, int retentionDays, int questionRetentionDays) : IInsightStore
{
    public async Task RecordAsync(DateOnly day, InsightObservation observation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observation);
        var database = redis.GetDatabase();
        var counts = CountsKey(day);
        var batch = database.CreateBatch();
        var tasks = observation.Counts.Select(key => batch.HashIncrementAsync(counts, InsightReport.KeyText(key))).Cast<Task>().ToList();
        tasks.Add(batch.KeyExpireAsync(counts, Expiry(day, retentionDays)));
        if (observation.UnansweredText is { } question)
        {
            var questions = QuestionsKey(day);
            tasks.Add(batch.ListRightPushAsync(questions, question));
            tasks.Add(batch.KeyExpireAsync(questions, Expiry(day, questionRetentionDays)));
        }

        batch.Execute();
        await Task.WhenAll(tasks).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<InsightSnapshot> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var database = redis.GetDatabase();
        var counts = new Dictionary<InsightKey, long>();
        var questions = new List<string>();
        for (var day = to; day >= from; day = day.AddDays(-1))
        {
            foreach (var entry in await database.HashGetAllAsync(CountsKey(day)).WaitAsync(cancellationToken).ConfigureAwait(false))
            {
                if (InsightReport.ParseKey(entry.Name.ToString()) is { } key && entry.Value.TryParse(out long count))
                {
                    counts[key] = counts.GetValueOrDefault(key) + count;
                }
            }

            questions.AddRange((await database.ListRangeAsync(QuestionsKey(day)).WaitAsync(cancellationToken).ConfigureAwait(false)).Select(static v => v.ToString()));
        }

        return new InsightSnapshot(from, to, counts, questions);
    }

    /// <summary>Expires at the end of the day's retention, counted from the day itself (not from the last write).</summary>
    private static TimeSpan Expiry(DateOnly day, int days)
    {
        var end = day.AddDays(days + 1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var left = end - DateTime.UtcNow;
        return left > TimeSpan.FromMinutes(1) ? left : TimeSpan.FromMinutes(1);
    }

    private RedisKey CountsKey(DateOnly day) => $"{keyPrefix}counts:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private RedisKey QuestionsKey(DateOnly day) => $"{keyPrefix}questions:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
