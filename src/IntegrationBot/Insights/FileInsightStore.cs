using System.Globalization;
using System.Text.Json;
using IntegrationBot.Core.Insights;

namespace IntegrationBot.Insights;

/// <summary>
/// Insight counters in a folder: per UTC day and per process one small JSON file of counters
/// (<c>counts-2026-12-01-&lt;instance&gt;.json</c>, rewritten atomically), so instances sharing the folder never write the
/// same file and the report sums them all. Kept question texts go to <c>questions-…jsonl</c>. Files past their
/// retention are deleted on the first write of each day and before each report.
/// </summary>
public sealed class FileInsightStore : IInsightStore
{
    private const string CountsPrefix = "counts-";
    private const string QuestionsPrefix = "questions-";

    /// <summary>Readable files (umlauts as they are), so an operator can check by eye what is stored.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly string _folder;
    private readonly int _retentionDays;
    private readonly int _questionRetentionDays;
    private readonly string _instance = Guid.NewGuid().ToString("N")[..12];
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly Dictionary<string, long> _today = new(StringComparer.Ordinal);
    private DateOnly? _day;

    public FileInsightStore(string folder, int retentionDays, int questionRetentionDays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        _folder = folder;
        _retentionDays = retentionDays;
        _questionRetentionDays = questionRetentionDays;
    }

    public async Task RecordAsync(DateOnly day, InsightObservation observation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observation);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(_folder);
            if (_day != day)
            {
                _today.Clear();
                _day = day;
                Sweep(day);
            }

            foreach (var key in observation.Counts)
            {
                var text = InsightReport.KeyText(key);
                _today[text] = _today.GetValueOrDefault(text) + 1;
            }

            var path = Path.Combine(_folder, $"{CountsPrefix}{Iso(day)}-{_instance}.json");
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(_today, Json), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
            if (observation.UnansweredText is { } question)
            {
                await File.AppendAllTextAsync(Path.Combine(_folder, $"{QuestionsPrefix}{Iso(day)}-{_instance}.jsonl"), JsonSerializer.Serialize(question, Json) + "\n", cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task<InsightSnapshot> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<InsightKey, long>();
        var questions = new List<(DateOnly Day, string Text)>();
        if (!Directory.Exists(_folder))
        {
            return new InsightSnapshot(from, to, counts, []);
        }

        Sweep(DateOnly.FromDateTime(DateTime.UtcNow));
        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith(CountsPrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal) && DayOf(name, CountsPrefix) is { } day && day >= from && day <= to)
            {
                var values = JsonSerializer.Deserialize<Dictionary<string, long>>(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false)) ?? [];
                foreach (var (text, count) in values)
                {
                    if (InsightReport.ParseKey(text) is { } key)
                    {
                        counts[key] = counts.GetValueOrDefault(key) + count;
                    }
                }
            }
            else if (name.StartsWith(QuestionsPrefix, StringComparison.Ordinal) && DayOf(name, QuestionsPrefix) is { } qday && qday >= from && qday <= to)
            {
                foreach (var line in await File.ReadAllLinesAsync(file, cancellationToken).ConfigureAwait(false))
                {
                    if (line.Length > 0 && JsonSerializer.Deserialize<string>(line) is { } text)
                    {
                        questions.Add((qday, text));
                    }
                }
            }
        }

        return new InsightSnapshot(from, to, counts, [.. questions.OrderByDescending(static q => q.Day).Select(static q => q.Text)]);
    }

    /// <summary>Deletes counter files older than the retention and question files older than theirs.</summary>
    private void Sweep(DateOnly today)
    {
        if (!Directory.Exists(_folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(_folder))
        {
            var name = Path.GetFileName(file);
            var (day, keep) = name.StartsWith(CountsPrefix, StringComparison.Ordinal) ? (DayOf(name, CountsPrefix), _retentionDays)
                : name.StartsWith(QuestionsPrefix, StringComparison.Ordinal) ? (DayOf(name, QuestionsPrefix), _questionRetentionDays)
                : (null, 0);
            if (day is { } d && d < today.AddDays(-keep))
            {
                File.Delete(file);
            }
        }
    }

    private static DateOnly? DayOf(string name, string prefix) =>
        name.Length >= prefix.Length + 10 && DateOnly.TryParseExact(name.AsSpan(prefix.Length, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
