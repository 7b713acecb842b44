using IntegrationBot.Core.Insights;

namespace IntegrationBot.Insights;

/// <summary>"Insights": anonymous counters of what was asked, for the synopsis editors (docs/privacy.md#insights).</summary>
public sealed class InsightsOptions
{
    public const string SectionName = "Insights";

    /// <summary>Off by default: nothing is recorded until an operator switches it on.</summary>
    public bool Enabled { get; set; }

    /// <summary>File (a folder; instances sharing the folder add up) or Redis (the state's Redis, "State:Redis").</summary>
    public InsightsStoreKind Store { get; set; } = InsightsStoreKind.File;

    /// <summary>The folder of the file store, relative to the application folder unless absolute.</summary>
    public string Folder { get; set; } = "insights";

    /// <summary>Counters older than this many days are deleted.</summary>
    public int RetentionDays { get; set; } = 180;

    /// <summary>Separate switch: keep the text of unanswered questions (truncated, shorter retention).</summary>
    public bool RecordQuestionText { get; set; }

    /// <summary>Kept question texts are deleted after this many days.</summary>
    public int QuestionRetentionDays { get; set; } = 30;

    public int MaxQuestionLength { get; set; } = 200;

    /// <summary>A turn scoring below this counts as unanswered.</summary>
    public double LowScore { get; set; } = 0.5;

    public InsightPolicy Policy => new()
    {
        LowScore = LowScore,
        RecordQuestionText = RecordQuestionText,
        MaxQuestionLength = MaxQuestionLength,
    };
}

/// <summary>Where the insight counters are stored.</summary>
public enum InsightsStoreKind
{
    File,
    Redis,
}
