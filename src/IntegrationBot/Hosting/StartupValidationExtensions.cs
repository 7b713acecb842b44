using Microsoft.Extensions.Options;

namespace IntegrationBot.Hosting;

/// <summary>Runs the options validation that <c>ValidateOnStart</c> registered, at a moment the caller chooses.</summary>
public static class StartupValidationExtensions
{
    /// <summary>
    /// Validates every option registered with ValidateOnStart and throws its <see cref="OptionsValidationException"/>
    /// (several failures: an <see cref="AggregateException"/>). Call between Build and Run, so a contradictory
    /// configuration stops the process before the host starts, and no half-started host is disposed under a reader.
    /// </summary>
    public static void ValidateSettingsOnStart(this IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.GetService<IStartupValidator>()?.Validate();
    }
}
