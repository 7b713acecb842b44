using IntegrationBot.Core.Evaluation;
using IntegrationBot.Core.Tests.Understanding;
using Xunit.Abstractions;

namespace IntegrationBot.Core.Tests.Evaluation;

/// <summary>The labelled sets, scored with the rules of docs/understanding.md ("Evaluation-set format"); the report goes to the test output.</summary>
public sealed class EvaluationSetTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dev-nlu.jsonl", 1.0)]
    [InlineData("own-nlu.jsonl", 0.95)]
    [InlineData("own-blind-nlu.jsonl", 0.9)]
    [InlineData("own-blind2-nlu.jsonl", 0.9)]
    [InlineData("blind3-nlu.jsonl", 0.97)]
    [InlineData("blind4-nlu.jsonl", 0.95)]
    [InlineData("blind5-nlu.jsonl", 0.95)]
    [InlineData("blind6-nlu.jsonl", 0.95)]
    [InlineData("blind7-nlu.jsonl", 0.95)]
    [InlineData("blind8-nlu.jsonl", 0.95)]
    [InlineData("blind9-nlu.jsonl", 0.95)]
    [InlineData("blind10-nlu.jsonl", 0.95)]
    [InlineData("blind11-nlu.jsonl", 0.95)]
    public void Labelled_set_is_understood_above_its_floor(string file, double floor)
    {
        using var reader = File.OpenText(Seed.EvalPath(file));
        var cases = NluCase.ReadJsonLines(reader, file);
        var report = new NluEvaluator(Seed.Recognizer).Evaluate(cases, Seed.Now);

        using var writer = new StringWriter();
        report.WriteTo(writer);
        output.WriteLine(writer.ToString());
        Assert.True(report.Accuracy >= floor, $"{file}: {report.Accuracy:P1} < {floor:P0}\n{writer}");
    }
}
