using IntegrationBot.Core.Evaluation;
using IntegrationBot.Core.Tests.Understanding;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Tests.Evaluation;

/// <summary>
/// The score of a result is its rule's measured precision on the labelled sets (data/lexicon/scores.tsv): the shipped
/// table must be what calibrating on the sets named in its header gives now, so a changed rule cannot keep an old score.
/// </summary>
public sealed class RuleScoreCalibrationTests
{
    [Fact]
    public void Shipped_scores_are_the_calibration_of_the_current_rules()
    {
        var path = Path.Combine(Seed.LexiconDirectory, RuleScores.FileName);
        var lines = File.ReadAllLines(path);
        var sources = lines.Single(static l => l.StartsWith("# Measured on: ", StringComparison.Ordinal))["# Measured on: ".Length..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var uncalibrated = Seed.Lexicon.WithScores(RuleScores.Empty);
        var reports = sources.Select(source =>
        {
            var (set, synopsisFile) = ScoreCalibration.ParseSource(source) ?? throw new InvalidDataException($"not a labelled set: {source}");
            var synopsis = synopsisFile is null ? Seed.Document : Seed.EvalDocument(synopsisFile);
            using var reader = File.OpenText(Seed.EvalPath(set));
            return new NluEvaluator(RecognitionStages.Create(synopsis, uncalibrated)).Evaluate(NluCase.ReadJsonLines(reader, set), Seed.Now);
        }).ToList();

        var fresh = ScoreCalibration.Fit(reports).All.ToDictionary(static s => s.Rule);
        var shipped = RuleScores.Parse(RuleScores.FileName, lines).All.ToDictionary(static s => s.Rule);
        Assert.Equal(fresh.Keys.Order(StringComparer.Ordinal), shipped.Keys.Order(StringComparer.Ordinal));
        Assert.All(fresh.Values, f => Assert.True(
            Math.Abs(f.Score - shipped[f.Rule].Score) <= 0.02,
            $"{f.Rule}: shipped {shipped[f.Rule].Score} ({shipped[f.Rule].Correct}/{shipped[f.Rule].Total}), now {f.Score} ({f.Correct}/{f.Total}); run scripts/calibrate-scores.sh"));
    }

    [Fact]
    public void A_rule_that_is_right_more_often_scores_higher()
    {
        var scores = RuleScores.Create([new RuleScore("a", 9, 10), new RuleScore("b", 5, 10), new RuleScore("c", 1, 1)]);
        Assert.True(scores.For("a", 0) > scores.For("b", 0));
        Assert.True(scores.For("c", 0) < 1.0, "one right case is not certainty");
        Assert.Equal(0.42, scores.For("unmeasured", 0.42));
    }

    [Fact]
    public void A_recognised_question_scores_what_its_rule_measured()
    {
        var result = Seed.Recognize("Wo ist Integration in Stuttgart angebunden?");
        Assert.Equal(Seed.Lexicon.Scores.For(result.Rule!, double.NaN), result.Score);
    }

    [Theory]
    [InlineData("dev-nlu.jsonl", "dev-nlu.jsonl", null)]
    [InlineData("a/blind-a.jsonl@b/synopsis-blind-a.tsv", "a/blind-a.jsonl", "b/synopsis-blind-a.tsv")]
    [InlineData("--lexicon", null, null)]
    public void A_calibration_source_names_a_set_and_optionally_its_synopsis(string source, string? set, string? synopsis)
    {
        var parsed = ScoreCalibration.ParseSource(source);
        Assert.Equal(set, parsed?.Set);
        Assert.Equal(synopsis, parsed?.Synopsis);
    }

    [Theory]
    [InlineData("query\t3")]
    [InlineData("query\tx\t3")]
    [InlineData("query\t4\t3")]
    public void A_malformed_line_names_the_file_and_line(string line)
    {
        var error = Assert.Throws<LexiconFormatException>(() => RuleScores.Parse("scores.tsv", ["# header", line]));
        Assert.Contains("scores.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("2", error.Message, StringComparison.Ordinal);
    }
}
