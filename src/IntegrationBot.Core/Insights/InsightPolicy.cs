namespace IntegrationBot.Core.Insights;

/// <summary>What is recorded: the low-score threshold, whether and how much question text is kept.</summary>
public sealed record InsightPolicy
{
    /// <summary>A turn scoring below this counts as unanswered, whatever its intent.</summary>
    public double LowScore { get; init; } = 0.5;

    /// <summary>Keep the text of unanswered questions (separate switch, off by default).</summary>
    public bool RecordQuestionText { get; init; }

    /// <summary>Kept question text is cut to this many characters.</summary>
    public int MaxQuestionLength { get; init; } = 200;

    /// <summary>Search terms are user words: each is cut to this many characters.</summary>
    public int MaxTermLength { get; init; } = 40;
}
