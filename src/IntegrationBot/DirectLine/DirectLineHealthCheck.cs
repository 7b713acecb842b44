using IntegrationBot.DirectLine.Local;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace IntegrationBot.DirectLine;

/// <summary>
/// Memory pressure of the local Direct Line in /readyz: degraded (still serving) when the transcripts use 90 % of
/// their byte budget or the conversation slots are nearly all taken, so an operator sees a flood before users do.
/// </summary>
internal sealed class DirectLineHealthCheck(DirectLineAccess access, LocalConversationStore store, IOptionsMonitor<DirectLineOptions> options) : IHealthCheck
{
    private const double PressureShare = 0.9;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!access.LocalServed)
        {
            return Task.FromResult(HealthCheckResult.Healthy("The local Direct Line is off."));
        }

        var settings = options.CurrentValue;
        var data = new Dictionary<string, object>
        {
            ["conversations"] = store.Count,
            ["maxConversations"] = settings.MaxConversations,
            ["transcriptBytes"] = store.Budget.Used,
            ["maxTranscriptBytes"] = store.Budget.MaxTotalBytes,
        };
        var underPressure = store.Budget.Used >= PressureShare * store.Budget.MaxTotalBytes || store.Count >= PressureShare * settings.MaxConversations;
        return Task.FromResult(underPressure
            ? HealthCheckResult.Degraded("The local Direct Line is near its memory or conversation limit.", data: data)
            : HealthCheckResult.Healthy("The local Direct Line has room.", data));
    }
}
