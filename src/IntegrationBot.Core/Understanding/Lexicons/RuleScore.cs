namespace IntegrationBot.Core.Understanding.Lexicons;

/// <summary>How often one decision rule was right on the labelled questions, and the score that makes of it.</summary>
public sealed record RuleScore(string Rule, int Correct, int Total)
{
    /// <summary>Laplace-smoothed precision, so a rule seen once is not certain.</summary>
    public double Score => Math.Round((Correct + 1.0) / (Total + 2.0), 3);
}
