using System.Collections.Concurrent;
using IntegrationBot.Core.Evaluation;
using IntegrationBot.Core.Tests.Understanding;
using IntegrationBot.Core.Understanding;
using Xunit.Abstractions;

namespace IntegrationBot.Core.Tests.Evaluation;

/// <summary>
/// The labelled sets (format and judging rules: docs/understanding.md), each held at the number of cases it was measured
/// to pass: a floor below the measured level would let regressions through. The report goes to the test output.
/// </summary>
public sealed class EvaluationSetTests(ITestOutputHelper output)
{
    private static readonly ConcurrentDictionary<string, IRecognizer> Recognizers = new(StringComparer.Ordinal);

    [Theory]
    [InlineData("dev-nlu.jsonl", 65)]
    [InlineData("own-nlu.jsonl", 316)]
    [InlineData("own-blind-nlu.jsonl", 116)]
    [InlineData("own-blind2-nlu.jsonl", 82)]
    [InlineData("blind3-nlu.jsonl", 207)]
    [InlineData("blind4-nlu.jsonl", 68)]
    [InlineData("blind5-nlu.jsonl", 64)]
    [InlineData("blind6-nlu.jsonl", 61)]
    [InlineData("blind7-nlu.jsonl", 61)]
    [InlineData("blind8-nlu.jsonl", 61)]
    [InlineData("blind9-nlu.jsonl", 59)]
    [InlineData("blind10-nlu.jsonl", 60)]
    [InlineData("blind11-nlu.jsonl", 67)]
    [InlineData("office-intents.jsonl", 41)]
    [InlineData("seed-office.jsonl", 31)]
    public void Seed_set_is_understood_at_its_measured_level(string file, int measuredCorrect) =>
        AssertAtLevel(file, Seed.Stages, measuredCorrect);

    [Theory]
    [InlineData("dev-large-nlu.jsonl", "synopsis-dev-large.tsv", 165)]
    [InlineData("blind-a.jsonl", "synopsis-blind-a.tsv", 163)]
    [InlineData("blind-b.jsonl", "synopsis-blind-b.tsv", 123)]
    [InlineData("blind-c.jsonl", "synopsis-blind-c.tsv", 156)]
    [InlineData("blind-d.jsonl", "synopsis-blind-d.tsv", 133)]
    [InlineData("blind-e.jsonl", "synopsis-blind-e.tsv", 154)]
    [InlineData("blind-f.jsonl", "synopsis-blind-f.tsv", 162)]
    [InlineData("blind-g.jsonl", "synopsis-blind-g.tsv", 164)]
    [InlineData("blind-h.jsonl", "synopsis-blind-h.tsv", 159)]
    [InlineData("blind-i.jsonl", "synopsis-blind-i.tsv", 157)]
    [InlineData("blind-j.jsonl", "synopsis-blind-j.tsv", 162)]
    [InlineData("blind-k.jsonl", "synopsis-blind-k.tsv", 154)]
    [InlineData("blind-l.jsonl", "synopsis-blind-l.tsv", 158)]
    [InlineData("blind-m.jsonl", "synopsis-blind-m.tsv", 165)]
    [InlineData("blind-n.jsonl", "synopsis-blind-n.tsv", 165)]
    [InlineData("blind-o.jsonl", "synopsis-blind-o.tsv", 163)]
    [InlineData("blind-p.jsonl", "synopsis-blind-p.tsv", 155)]
    [InlineData("blind-q.jsonl", "synopsis-blind-q.tsv", 159)]
    [InlineData("blind-r.jsonl", "synopsis-blind-r.tsv", 160)]
    [InlineData("blind-s.jsonl", "synopsis-blind-s.tsv", 153)]
    [InlineData("blind-t.jsonl", "synopsis-blind-t.tsv", 156)]
    [InlineData("blind-u.jsonl", "synopsis-blind-u.tsv", 163)]
    [InlineData("blind-v.jsonl", "synopsis-blind-v.tsv", 155)]
    [InlineData("blind-w.jsonl", "synopsis-blind-w.tsv", 158)]
    [InlineData("blind-y.jsonl", "synopsis-blind-y.tsv", 145)]
    [InlineData("blind-x.jsonl", "synopsis-blind-x.tsv", 157)]
    [InlineData("blind-z.jsonl", "synopsis-blind-z.tsv", 152)]
    [InlineData("blind-za.jsonl", "synopsis-blind-za.tsv", 151)]
    [InlineData("blind-zb.jsonl", "synopsis-blind-zb.tsv", 158)]
    [InlineData("blind-zc.jsonl", "synopsis-blind-zc.tsv", 155)]
    [InlineData("blind-zd.jsonl", "synopsis-blind-zd.tsv", 158)]
    [InlineData("blind-ze.jsonl", "synopsis-blind-ze.tsv", 144)]
    [InlineData("blind-zf.jsonl", "synopsis-blind-zf.tsv", 142)]
    [InlineData("blind-zg.jsonl", "synopsis-blind-zg.tsv", 154)]
    [InlineData("blind-zh.jsonl", "synopsis-blind-zh.tsv", 157)]
    [InlineData("blind-zi.jsonl", "synopsis-blind-zi.tsv", 133)]
    [InlineData("blind-zj.jsonl", "synopsis-blind-zj.tsv", 153)]
    [InlineData("blind-zk.jsonl", "synopsis-blind-zk.tsv", 154)]
    [InlineData("blind-zl.jsonl", "synopsis-blind-zl.tsv", 145)]
    [InlineData("blind-zm.jsonl", "synopsis-blind-zm.tsv", 150)]
    [InlineData("blind-zn.jsonl", "synopsis-blind-zn.tsv", 138)]
    [InlineData("blind-zo.jsonl", "synopsis-blind-zo.tsv", 159)]
    [InlineData("english-zl.jsonl", "synopsis-blind-zl.tsv", 16)]
    [InlineData("english-zm.jsonl", "synopsis-blind-zm.tsv", 14)]
    [InlineData("english-zi.jsonl", "synopsis-blind-zi.tsv", 17)]
    [InlineData("english-dl.jsonl", "synopsis-dev-large.tsv", 15)]
    [InlineData("extra-a.jsonl", "synopsis-blind-a.tsv", 12)]
    [InlineData("extra-b.jsonl", "synopsis-blind-b.tsv", 15)]
    [InlineData("extra-e.jsonl", "synopsis-blind-e.tsv", 12)]
    [InlineData("extra-f.jsonl", "synopsis-blind-f.tsv", 14)]
    [InlineData("extra-g.jsonl", "synopsis-blind-g.tsv", 14)]
    [InlineData("extra-h.jsonl", "synopsis-blind-h.tsv", 12)]
    [InlineData("extra-i.jsonl", "synopsis-blind-i.tsv", 14)]
    [InlineData("extra-j.jsonl", "synopsis-blind-j.tsv", 13)]
    [InlineData("extra-k.jsonl", "synopsis-blind-k.tsv", 12)]
    [InlineData("extra-l.jsonl", "synopsis-blind-l.tsv", 15)]
    [InlineData("extra-m.jsonl", "synopsis-blind-m.tsv", 15)]
    [InlineData("extra-n.jsonl", "synopsis-blind-n.tsv", 15)]
    [InlineData("extra-p.jsonl", "synopsis-blind-p.tsv", 14)]
    [InlineData("extra-r.jsonl", "synopsis-blind-r.tsv", 15)]
    [InlineData("extra-t.jsonl", "synopsis-blind-t.tsv", 13)]
    [InlineData("extra-x.jsonl", "synopsis-blind-x.tsv", 11)]
    [InlineData("extra-zb.jsonl", "synopsis-blind-zb.tsv", 12)]
    public void Set_on_another_synopsis_is_understood_at_its_measured_level(string file, string synopsis, int measuredCorrect) =>
        AssertAtLevel(file, Recognizers.GetOrAdd(synopsis, static name =>
            RecognitionStages.Create(Seed.EvalDocument(name), Seed.Lexicon)), measuredCorrect);

    private void AssertAtLevel(string file, IRecognizer recognizer, int measuredCorrect)
    {
        using var reader = File.OpenText(Seed.EvalPath(file));
        var cases = NluCase.ReadJsonLines(reader, file);
        var report = new NluEvaluator(recognizer).Evaluate(cases, Seed.Now);

        using var writer = new StringWriter();
        report.WriteTo(writer);
        output.WriteLine(writer.ToString());
        Assert.True(report.Correct >= measuredCorrect, $"{file}: {report.Correct}/{report.Total} < measured {measuredCorrect}\n{writer}");
    }
}
