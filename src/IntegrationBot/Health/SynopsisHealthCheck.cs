using System.Globalization;
using IntegrationBot.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationBot.Health;

/// <summary>Ready when a synopsis is in service; degraded (still serving) when the latest edit of the file was refused.</summary>
public sealed class SynopsisHealthCheck : IHealthCheck
{
    private readonly ISynopsisProvider _synopsis;

    public SynopsisHealthCheck(ISynopsisProvider synopsis)
    {
        ArgumentNullException.ThrowIfNull(synopsis);
        _synopsis = synopsis;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = _synopsis.Status;
        var data = new Dictionary<string, object>
        {
            ["aspects"] = status.AspectCount,
            ["cities"] = status.CityCount,
            ["loadedAt"] = status.LoadedAt.ToString("O", CultureInfo.InvariantCulture),
        };
        if (status.AspectCount == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The synopsis has no aspects.", data: data));
        }

        if (status.HeldEditReason is not null)
        {
            data["heldAt"] = status.HeldAt?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty;
            return Task.FromResult(HealthCheckResult.Degraded("A suspicious edit of the synopsis is held back until confirmed or corrected; the previous synopsis is in service: " + status.HeldEditReason, data: data));
        }

        return Task.FromResult(status.RefusedEditError is null
            ? HealthCheckResult.Healthy("Synopsis loaded.", data)
            : HealthCheckResult.Degraded("The latest edit of the synopsis was refused; the previous synopsis is in service: " + status.RefusedEditError, data: data));
    }
}
