using IntegrationBot.Core.Insights;
using IntegrationBot.Core.Tests.Understanding;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Insights;

/// <summary>What one turn adds to the insights, and the report the editors read.</summary>
public sealed class InsightObserverTests
{
    private static readonly InsightPolicy Policy = new();

    [Fact]
    public void Unknown_city_and_the_asked_aspect_are_counted()
    {
        var observation = InsightObserver.Observe(Seed.Stages.Recognize("Wie ist Integration in Köln angebunden?", ConversationContext.Empty, Seed.Now), Policy);

        Assert.Contains(new InsightKey(InsightCategory.UnknownCity, "Köln"), observation.Counts);
        Assert.Contains(observation.Counts, k => k.Category == InsightCategory.Intent);
        Assert.Null(observation.UnansweredText);
    }

    [Fact]
    public void Search_without_hits_counts_its_terms()
    {
        var recognition = new RecognitionResult { Intent = Intent.Search, Score = 0.8, SearchTerms = ["Stabsstelle"], Text = "Welche Stadt hat eine Stabsstelle?" };

        var observation = InsightObserver.Observe(recognition, Policy);

        Assert.Contains(new InsightKey(InsightCategory.SearchWithoutHits, "Stabsstelle"), observation.Counts);
    }

    [Theory]
    [InlineData(Intent.None, 0.0, true)]
    [InlineData(Intent.Query, 0.3, true)]
    [InlineData(Intent.Query, 0.9, false)]
    public void None_or_a_low_score_counts_as_unanswered(Intent intent, double score, bool unanswered)
    {
        var observation = InsightObserver.Observe(new RecognitionResult { Intent = intent, Score = score, Text = "frage" }, Policy);

        Assert.Equal(unanswered, observation.Counts.Any(k => k.Category == InsightCategory.Unanswered));
    }

    [Fact]
    public void Question_text_only_with_its_switch_and_truncated()
    {
        var recognition = new RecognitionResult { Intent = Intent.None, Text = new string('x', 500) };

        Assert.Null(InsightObserver.Observe(recognition, Policy).UnansweredText);
        var kept = InsightObserver.Observe(recognition, Policy with { RecordQuestionText = true, MaxQuestionLength = 50 }).UnansweredText;
        Assert.NotNull(kept);
        Assert.True(kept.Length <= 51);
    }

    [Fact]
    public void Report_lists_unknown_cities_first_with_their_counts()
    {
        var counts = new Dictionary<InsightKey, long>
        {
            [new(InsightCategory.UnknownCity, "Bremen")] = 2,
            [new(InsightCategory.UnknownCity, "Köln")] = 14,
            [new(InsightCategory.Intent, "Query")] = 40,
        };
        using var output = new StringWriter();

        InsightReport.WriteText(new InsightSnapshot(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), counts, []), output);

        var lines = output.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Equal("Gefragte Städte, die die Synopse nicht enthält:", lines[1]);
        Assert.Equal(["Köln: 14 Anfragen", "Bremen: 2 Anfragen"], lines.Skip(2).Take(2));
    }

    [Theory]
    [InlineData("30d", 30)]
    [InlineData("2w", 14)]
    [InlineData("6m", 180)]
    [InlineData("7", 7)]
    [InlineData("x", null)]
    [InlineData("-3d", null)]
    public void Since_periods_are_read_in_days(string since, int? days)
    {
        Assert.Equal(days, InsightReport.ParseDays(since));
    }
}
