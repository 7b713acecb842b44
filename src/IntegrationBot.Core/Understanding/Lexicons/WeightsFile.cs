using System.Globalization;
using System.Reflection;

namespace IntegrationBot.Core.Understanding.Lexicons;

/// <summary>
/// The fitted weights of ranking and decision (data/lexicon/weights.tsv): one "Name TAB value" line per weight of
/// <see cref="RecognitionWeights"/> that the fit moved away from its default. Written by <c>evaluate --fit-weights</c>
/// (docs/understanding.md); a missing file or line keeps the default.
/// </summary>
public static class WeightsFile
{
    public const string FileName = "weights.tsv";

    private static readonly PropertyInfo[] Properties = typeof(RecognitionWeights)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(static p => p.PropertyType == typeof(double) && p.CanWrite)
        .OrderBy(static p => p.MetadataToken)
        .ToArray();

    /// <summary>The names of all weights, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = Properties.Select(static p => p.Name).ToArray();

    /// <summary>Reads <see cref="FileName"/> from <paramref name="directory"/>; a missing file means the defaults.</summary>
    /// <exception cref="LexiconFormatException">A line is malformed or names no weight (names file and line).</exception>
    public static RecognitionWeights Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var path = Path.Combine(directory, FileName);
        return File.Exists(path) ? Parse(FileName, File.ReadAllLines(path)) : RecognitionWeights.Default;
    }

    /// <summary>Lines "Name TAB value" (invariant culture, positive); "#" lines are comments.</summary>
    public static RecognitionWeights Parse(string name, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var weights = RecognitionWeights.Default;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var parts = text.Split('\t');
            if (parts.Length != 2 || !Names.Contains(parts[0])
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                || !double.IsFinite(value) || value <= 0)
            {
                throw new LexiconFormatException(name, i + 1, "Erwartet: Name eines Gewichts, Tabulator, positive Zahl (z. B. „TitleWord	4.0“).");
            }

            weights = With(weights, parts[0], value);
        }

        return weights;
    }

    /// <summary>The value of the weight called <paramref name="name"/>.</summary>
    public static double Get(RecognitionWeights weights, string name)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return (double)Property(name).GetValue(weights)!;
    }

    /// <summary>A copy of <paramref name="weights"/> with one weight changed.</summary>
    public static RecognitionWeights With(RecognitionWeights weights, string name, double value)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var copy = weights with { };
        Property(name).SetValue(copy, value);
        return copy;
    }

    /// <summary>The file's text: the weights that differ from the defaults, with a header saying where they come from.</summary>
    public static string Format(RecognitionWeights weights, string source)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var lines = new List<string>
        {
            "# Fitted weights of ranking and decision (RecognitionWeights); weights not listed keep their default.",
            "# Written by: evaluate --fit-weights (docs/understanding.md). Do not edit by hand.",
            "# Fitted on: " + source,
        };
        foreach (var name in Names)
        {
            var value = Get(weights, name);
            if (value != Get(RecognitionWeights.Default, name))
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{name}\t{value:0.####}"));
            }
        }

        return string.Join('\n', lines) + "\n";
    }

    private static PropertyInfo Property(string name) =>
        Array.Find(Properties, p => p.Name == name) ?? throw new ArgumentException($"Kein Gewicht namens „{name}“.", nameof(name));
}
