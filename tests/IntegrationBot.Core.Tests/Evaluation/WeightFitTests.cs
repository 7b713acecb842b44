using IntegrationBot.Core.Evaluation;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Tests.Evaluation;

public sealed class WeightFitTests
{
    [Fact]
    public void The_fit_moves_a_weight_towards_more_right_answers_and_leaves_undecided_ones_alone()
    {
        // A made-up objective: the closer TitleWord gets to 2.0, the more questions are right; nothing else matters.
        static int Correct(RecognitionWeights w) => 100 - (int)Math.Round(Math.Abs(w.TitleWord - 2.0) * 10);

        var log = new List<string>();
        var fitted = WeightFit.Fit(RecognitionWeights.Default, Correct, log.Add);

        Assert.Equal(2.0, fitted.TitleWord, 1);
        Assert.Equal(RecognitionWeights.Default.ContentWord, fitted.ContentWord);
        Assert.All(WeightsFile.Names.Where(static n => n != "TitleWord"), n => Assert.Equal(WeightsFile.Get(RecognitionWeights.Default, n), WeightsFile.Get(fitted, n)));
        Assert.Contains(log, static l => l.Contains("TitleWord", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_strict_gain_the_defaults_stay()
    {
        var fitted = WeightFit.Fit(RecognitionWeights.Default, static _ => 7, static _ => { });
        Assert.Equal(RecognitionWeights.Default, fitted);
    }
}
