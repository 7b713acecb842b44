using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Evaluation;

/// <summary>
/// Fits the weights of ranking and decision to labelled sets by coordinate search: each weight in turn is scaled by
/// each of <see cref="Factors"/>, and a change is kept only when it gets strictly more questions fully right over all
/// sets together; passes repeat until none helps. Strictly more, so a weight the sets do not decide keeps its default,
/// and several synopses together, so no weight follows one office's wording.
/// </summary>
public static class WeightFit
{
    /// <summary>The scalings tried for each weight, per pass.</summary>
    public static IReadOnlyList<double> Factors { get; } = [0.5, 0.75, 0.9, 1.1, 1.33, 2.0];

    /// <param name="start">The weights to start from.</param>
    /// <param name="correct">Questions fully right over all sets with the given weights.</param>
    /// <param name="log">One line per kept change.</param>
    /// <param name="maxPasses">Passes at most.</param>
    public static RecognitionWeights Fit(RecognitionWeights start, Func<RecognitionWeights, int> correct, Action<string> log, int maxPasses = 3)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(correct);
        ArgumentNullException.ThrowIfNull(log);
        var best = start;
        var bestCorrect = correct(best);
        log($"start: {bestCorrect}");
        for (var pass = 1; pass <= maxPasses; pass++)
        {
            var improved = false;
            foreach (var name in WeightsFile.Names)
            {
                var value = WeightsFile.Get(best, name);
                foreach (var factor in Factors)
                {
                    var candidate = WeightsFile.With(best, name, Math.Round(value * factor, 4));
                    var score = correct(candidate);
                    if (score > bestCorrect)
                    {
                        log($"pass {pass}: {name} {value:0.####} → {WeightsFile.Get(candidate, name):0.####}: {bestCorrect} → {score}");
                        best = candidate;
                        bestCorrect = score;
                        improved = true;
                        value = WeightsFile.Get(best, name);
                    }
                }
            }

            if (!improved)
            {
                break;
            }
        }

        return best;
    }
}
