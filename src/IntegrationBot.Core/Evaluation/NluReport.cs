using System.Globalization;

namespace IntegrationBot.Core.Evaluation;

/// <summary>Accuracy overall and per intent, the intent confusion matrix and the failing cases, like <c>rasa test</c>.</summary>
public sealed class NluReport
{
    public NluReport(IReadOnlyList<NluCaseOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        Outcomes = outcomes;
    }

    public IReadOnlyList<NluCaseOutcome> Outcomes { get; }

    public int Total => Outcomes.Count;

    public int Correct => Outcomes.Count(static o => o.Correct);

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    public IEnumerable<NluCaseOutcome> Failures => Outcomes.Where(static o => !o.Correct);

    /// <summary>Expected intent → (correct, total).</summary>
    public IReadOnlyDictionary<string, (int Correct, int Total)> PerIntent =>
        Outcomes.GroupBy(static o => o.Case.Intent)
            .OrderBy(static g => g.Key, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => (g.Count(static o => o.Correct), g.Count()));

    /// <summary>(expected intent, recognised intent) → count.</summary>
    public IReadOnlyDictionary<(string Expected, string Actual), int> Confusion =>
        Outcomes.GroupBy(static o => (o.Case.Intent, o.Recognition.Intent.ToString()))
            .ToDictionary(static g => g.Key, static g => g.Count());

    public void WriteTo(TextWriter output, bool showFailures = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(c, "{0}/{1} correct ({2:0.0}%)", Correct, Total, Accuracy * 100));
        output.WriteLine();
        output.WriteLine("Per intent (expected):");
        foreach (var (intent, (ok, total)) in PerIntent)
        {
            output.WriteLine(string.Format(c, "  {0,-12} {1,4}/{2,-4} {3,6:0.0}%", intent, ok, total, total == 0 ? 0 : 100.0 * ok / total));
        }

        var tagged = Outcomes.Where(static o => o.Case.Tag.Length > 0).GroupBy(static o => o.Case.Tag, StringComparer.Ordinal).ToList();
        if (tagged.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Per tag:");
            foreach (var group in tagged.OrderByDescending(static g => g.Count()).ThenBy(static g => g.Key, StringComparer.Ordinal))
            {
                var ok = group.Count(static o => o.Correct);
                var total = group.Count();
                output.WriteLine(string.Format(c, "  {0,-12} {1,4}/{2,-4} {3,6:0.0}%", group.Key, ok, total, 100.0 * ok / total));
            }
        }

        var labels = Outcomes.SelectMany(static o => new[] { o.Case.Intent, o.Recognition.Intent.ToString() })
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var confusion = Confusion;
        output.WriteLine();
        output.WriteLine("Confusion matrix (rows: expected, columns: recognised):");
        output.WriteLine(string.Format(c, "  {0,-12}", string.Empty) + string.Concat(labels.Select(l => string.Format(c, "{0,11}", Abbreviate(l)))));
        foreach (var expected in labels)
        {
            output.Write(string.Format(c, "  {0,-12}", expected));
            foreach (var actual in labels)
            {
                output.Write(string.Format(c, "{0,11}", confusion.GetValueOrDefault((expected, actual))));
            }

            output.WriteLine();
        }

        if (!showFailures)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Failures:");
        foreach (var failure in Failures)
        {
            output.WriteLine($"  FAIL | {failure.Case.Id} | {failure.Case.Turns[^1]} | {failure.Case.Tag} | expected {Expected(failure.Case)} | {failure.Reason}");
        }
    }

    private static string Abbreviate(string label) => label.Length <= 10 ? label : label[..10];

    private static string Expected(NluCase c) => c.Intent == "Search"
        ? $"Search hits=[{string.Join(", ", c.Hits)}]"
        : c.Intent == "Query"
            ? $"Query cities=[{string.Join(", ", c.Cities)}] aspects=[{string.Join(", ", c.Aspects)}] unknown=[{string.Join(", ", c.UnknownCities)}]"
            : c.Intent;
}
