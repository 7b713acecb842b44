using IntegrationBot.Core.Evaluation;
using IntegrationBot.Core.Search;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Evaluation;

/// <summary>The judging rules of docs/understanding.md.</summary>
public sealed class NluJudgeTests
{
    private static readonly Aspect Anbindung = new("Orga - Anbindung", 0);
    private static readonly Aspect Struktur = new("Orga-Struktur", 1);

    private static SearchHit Hit(string city) => new(new City(city), Struktur, 1, string.Empty, []);

    [Fact]
    public void Search_is_right_when_the_hits_are_among_the_top_three_distinct_cities()
    {
        var expected = new NluCase { Intent = "Search", Turns = ["x"], Hits = ["Bielefeld"] };
        var within = new RecognitionResult { Intent = Intent.Search, Results = [Hit("A"), Hit("A"), Hit("B"), Hit("Bielefeld")] };
        var beyond = new RecognitionResult { Intent = Intent.Search, Results = [Hit("A"), Hit("B"), Hit("C"), Hit("Bielefeld")] };
        Assert.True(NluJudge.Judge(expected, within).Correct);
        Assert.False(NluJudge.Judge(expected, beyond).Correct);
    }

    [Fact]
    public void Search_read_as_a_query_on_an_alternative_aspect_counts()
    {
        var expected = new NluCase { Intent = "Search", Turns = ["x"], Hits = ["Bielefeld"], AltAspects = [["Orga-Struktur"]] };
        Assert.True(NluJudge.Judge(expected, new RecognitionResult { Intent = Intent.Query, Aspects = [Struktur] }).Correct);
        Assert.False(NluJudge.Judge(expected, new RecognitionResult { Intent = Intent.Query, Aspects = [Anbindung] }).Correct);
    }

    [Fact]
    public void Query_needs_cities_aspects_and_unknown_cities_as_sets_ignoring_case()
    {
        var expected = new NluCase { Intent = "Query", Turns = ["x"], Cities = ["münchen", "Stuttgart"], Aspects = ["Orga - Anbindung"], UnknownCities = ["Köln"] };
        var right = new RecognitionResult { Intent = Intent.Query, Cities = [new City("Stuttgart"), new City("München")], Aspects = [Anbindung], UnknownCities = ["Köln"] };
        Assert.True(NluJudge.Judge(expected, right).Correct);
        Assert.False(NluJudge.Judge(expected, right with { UnknownCities = [] }).Correct);
        Assert.False(NluJudge.Judge(expected, right with { Aspects = [Anbindung, Struktur] }).Correct);
    }

    [Fact]
    public void Other_intents_only_need_the_intent()
    {
        var expected = new NluCase { Intent = "None", Turns = ["x"] };
        Assert.True(NluJudge.Judge(expected, new RecognitionResult { Intent = Intent.None, Cities = [new City("Stuttgart")] }).Correct);
        Assert.False(NluJudge.Judge(expected, new RecognitionResult { Intent = Intent.Query }).Correct);
    }

    [Fact]
    public void Command_line_prints_accuracy_per_intent_confusion_matrix_and_failures()
    {
        var file = Path.Combine(Path.GetTempPath(), "eval-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllLines(file,
        [
            """{"id": "a", "turns": ["Wo ist Integration in Stuttgart angebunden?"], "intent": "Query", "cities": ["Stuttgart"], "aspects": ["Orga - Anbindung"]}""",
            """{"id": "b", "turns": ["Hallo"], "intent": "Thanks", "cities": [], "aspects": []}""",
        ]);
        try
        {
            using var output = new StringWriter();
            var exit = EvaluationCommandLine.Run(["evaluate", file], output, AppContext.BaseDirectory);
            var text = output.ToString();
            Assert.Equal(1, exit);
            Assert.Contains("1/2 correct (50.0%)", text, StringComparison.Ordinal);
            Assert.Contains("Query", text, StringComparison.Ordinal);
            Assert.Contains("Confusion matrix", text, StringComparison.Ordinal);
            Assert.Contains("FAIL | b | Hallo", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Explain_shows_each_words_evidence_and_the_reading()
    {
        using var output = new StringWriter();
        Assert.Equal(0, EvaluationCommandLine.Run(["evaluate", "--explain", "Präambel Stuttgart"], output, AppContext.BaseDirectory));
        var text = output.ToString();
        // One line per word with the aspects it speaks for, one line per piece of evidence (stem, factor, weight, aspect).
        Assert.Contains("    Präambel: ", text, StringComparison.Ordinal);
        Assert.Contains("praambel ×1.00 → ", text, StringComparison.Ordinal);
        Assert.Contains("aspects=[Präambel zur Integrationspolitik]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_line_reports_bad_usage_without_throwing()
    {
        using var output = new StringWriter();
        Assert.Equal(2, EvaluationCommandLine.Run(["evaluate"], output, AppContext.BaseDirectory));
        Assert.Equal(2, EvaluationCommandLine.Run(["evaluate", "/nonexistent/file.jsonl"], output, AppContext.BaseDirectory));
    }

    [Fact]
    public void Null_lists_in_a_case_mean_none()
    {
        using var reader = new StringReader("""{"id": "n", "turns": ["Hallo"], "intent": "Greeting", "cities": null, "aspects": null, "hits": null}""");
        var single = Assert.Single(NluCase.ReadJsonLines(reader, "inline"));
        Assert.Empty(single.Cities);
        Assert.True(NluJudge.Judge(single, Seed.Recognize("Hallo")).Correct);
    }

    [Fact]
    public void A_search_case_without_hits_names_its_line()
    {
        using var reader = new StringReader("{\"turns\": [\"x\"], \"intent\": \"Search\", \"hits\": []}\n{\"turns\": [\"Welche Städte haben eine Flüchtlingsberatung?\"], \"intent\": \"Search\"}");
        var error = Assert.Throws<FormatException>(() => NluCase.ReadJsonLines(reader, "set.jsonl"));
        Assert.Contains("set.jsonl, Zeile 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_line_names_its_number()
    {
        using var reader = new StringReader("\n{\"turns\": [\"x\"], \"intent\": \"None\"}\n{ kaputt");
        var error = Assert.Throws<FormatException>(() => NluCase.ReadJsonLines(reader, "set.jsonl"));
        Assert.Contains("set.jsonl, Zeile 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluator_carries_context_between_turns()
    {
        var cases = new[] { new NluCase { Id = "c", Intent = "Query", Turns = ["Präambel Stuttgart", "Und München?"], Cities = ["München"], Aspects = ["Präambel zur Integrationspolitik"] } };
        Assert.Equal(1, new NluEvaluator(Seed.Recognizer).Evaluate(cases, Seed.Now).Correct);
    }
}
