using IntegrationBot.Core.Insights;
using IntegrationBot.Insights;

namespace IntegrationBot.Tests.Insights;

/// <summary>The file store: instances sharing a folder add up, days outside the period are left out, old files are deleted.</summary>
public sealed class FileInsightStoreTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private readonly string _folder = Directory.CreateTempSubdirectory("insights-store-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Two_instances_sharing_the_folder_add_up()
    {
        var first = new FileInsightStore(_folder, 30, 7);
        var second = new FileInsightStore(_folder, 30, 7);

        await first.RecordAsync(Today, Observation("Köln"));
        await first.RecordAsync(Today, Observation("Köln"));
        await second.RecordAsync(Today, Observation("Köln", "Bremen"));

        var snapshot = await new FileInsightStore(_folder, 30, 7).ReadAsync(Today.AddDays(-1), Today);
        Assert.Equal([("Köln", 3L), ("Bremen", 1L)], snapshot.Top(InsightCategory.UnknownCity));
    }

    [Fact]
    public async Task Days_outside_the_period_are_not_counted()
    {
        var store = new FileInsightStore(_folder, 30, 7);
        await store.RecordAsync(Today.AddDays(-10), Observation("Köln"));
        await store.RecordAsync(Today, Observation("Köln"));

        var snapshot = await store.ReadAsync(Today.AddDays(-2), Today);

        Assert.Equal([("Köln", 1L)], snapshot.Top(InsightCategory.UnknownCity));
    }

    [Fact]
    public async Task Counters_and_question_texts_past_their_retention_are_deleted()
    {
        var store = new FileInsightStore(_folder, 30, 7);
        await store.RecordAsync(Today.AddDays(-40), Observation("Köln") with { UnansweredText = "alt" });
        await store.RecordAsync(Today.AddDays(-10), Observation("Bremen") with { UnansweredText = "mittel" });

        var snapshot = await store.ReadAsync(Today.AddDays(-365), Today);

        Assert.Equal([("Bremen", 1L)], snapshot.Top(InsightCategory.UnknownCity));
        Assert.Empty(snapshot.Questions);
        Assert.Single(Directory.EnumerateFiles(_folder));
    }

    private static InsightObservation Observation(params string[] cities) =>
        new([new InsightKey(InsightCategory.Intent, "Query"), .. cities.Select(c => new InsightKey(InsightCategory.UnknownCity, c))], null);
}
