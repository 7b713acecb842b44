using Microsoft.Extensions.Options;

namespace IntegrationBot.Insights;

/// <summary>Stops the start on insight settings that would keep data without bound or record nothing useful.</summary>
public sealed class InsightsOptionsValidator : IValidateOptions<InsightsOptions>
{
    public ValidateOptionsResult Validate(string? name, InsightsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.RetentionDays is < 1 or > 730)
        {
            failures.Add("Insights:RetentionDays must be between 1 and 730.");
        }

        if (options.QuestionRetentionDays < 1 || options.QuestionRetentionDays > options.RetentionDays)
        {
            failures.Add("Insights:QuestionRetentionDays must be at least 1 and at most Insights:RetentionDays.");
        }

        if (options.MaxQuestionLength is < 20 or > 1000)
        {
            failures.Add("Insights:MaxQuestionLength must be between 20 and 1000.");
        }

        if (options.LowScore is < 0 or > 1)
        {
            failures.Add("Insights:LowScore must be between 0 and 1.");
        }

        if (options.Store == InsightsStoreKind.File && string.IsNullOrWhiteSpace(options.Folder))
        {
            failures.Add("Insights:Folder is required for the file store.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
