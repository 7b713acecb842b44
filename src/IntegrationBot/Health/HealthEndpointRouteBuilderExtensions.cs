using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IntegrationBot.Health;

/// <summary>Liveness and readiness endpoints.</summary>
public static class HealthEndpointRouteBuilderExtensions
{
    /// <summary>Health checks tagged with this take part in /readyz.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Maps /healthz (liveness: the process answers; runs no checks) and /readyz (readiness: every check tagged
    /// <see cref="ReadyTag"/>, e.g. synopsis loaded, state store reachable), both as small JSON documents. Replaces the
    /// scaffold's MapGet("/healthz").
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = static _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = static check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var checks = new JsonObject();
        foreach (var (name, entry) in report.Entries)
        {
            var check = new JsonObject { ["status"] = entry.Status.ToString(), ["description"] = entry.Description };
            foreach (var (key, value) in entry.Data)
            {
                check[key] = JsonValue.Create(value.ToString());
            }

            checks[name] = check;
        }

        var body = new JsonObject { ["status"] = report.Status.ToString(), ["checks"] = checks };
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }
}
