using System.Collections.Frozen;
using System.Globalization;

namespace IntegrationBot.Core.Understanding.Lexicons;

/// <summary>
/// The calibrated score of each decision rule (data/lexicon/scores.tsv): the share of labelled questions that rule got
/// fully right, smoothed as (correct + 1) / (total + 2). So a result's score is the measured chance that a reading of
/// its kind is right. Written by <c>evaluate --calibrate</c> (docs/understanding.md); a rule the file lacks keeps the
/// score the rule itself gives.
/// </summary>
public sealed class RuleScores
{
    public const string FileName = "scores.tsv";

    private readonly FrozenDictionary<string, RuleScore> _scores;

    private RuleScores(IEnumerable<RuleScore> scores)
    {
        _scores = scores.ToFrozenDictionary(static s => s.Rule, StringComparer.Ordinal);
    }

    public static RuleScores Empty { get; } = new([]);

    public IReadOnlyCollection<RuleScore> All => _scores.Values;

    /// <summary>The calibrated score of <paramref name="rule"/>, or <paramref name="fallback"/> when it was never measured.</summary>
    public double For(string rule, double fallback) => _scores.TryGetValue(rule, out var score) ? score.Score : fallback;

    public static RuleScores Create(IEnumerable<RuleScore> scores) => new(scores ?? throw new ArgumentNullException(nameof(scores)));

    /// <summary>Reads <see cref="FileName"/> from <paramref name="directory"/>; a missing file means no calibration yet.</summary>
    /// <exception cref="LexiconFormatException">A line is malformed (names file and line).</exception>
    public static RuleScores Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var path = Path.Combine(directory, FileName);
        return File.Exists(path) ? Parse(FileName, File.ReadAllLines(path)) : Empty;
    }

    /// <summary>Lines "rule TAB correct TAB total"; "#" lines are comments.</summary>
    public static RuleScores Parse(string name, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var scores = new List<RuleScore>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var parts = text.Split('\t');
            if (parts.Length < 3
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var correct)
                || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var total)
                || correct > total || parts[0].Length == 0)
            {
                throw new LexiconFormatException(name, i + 1, "Erwartet: Regel, Anzahl richtig, Anzahl gesamt (durch Tabulatoren getrennt, richtig ≤ gesamt).");
            }

            scores.Add(new RuleScore(parts[0], correct, total));
        }

        return new RuleScores(scores);
    }

    /// <summary>The file's text for these scores, rules in order, with a header saying where they come from.</summary>
    public string Format(string source)
    {
        var lines = new List<string>
        {
            "# Calibrated scores of the decision rules: rule, labelled questions it decided fully right, questions it decided.",
            "# Score = (right + 1) / (decided + 2). Written by: evaluate --calibrate (docs/understanding.md). Do not edit by hand.",
            "# Measured on: " + source,
        };
        lines.AddRange(_scores.Values.OrderBy(static s => s.Rule, StringComparer.Ordinal)
            .Select(static s => string.Create(CultureInfo.InvariantCulture, $"{s.Rule}\t{s.Correct}\t{s.Total}")));
        return string.Join('\n', lines) + "\n";
    }
}
