using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using IntegrationBot.Network;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace IntegrationBot.DirectLine;

/// <summary>
/// Who may get a Direct Line token, checked in this order: the trust model (<see cref="DirectLineAccess"/>: loopback
/// only in anonymous mode), the page's origin (its own or a configured embedder), the token secret when one is
/// configured, and a token bucket per client address (the trusted one, see <see cref="ClientAddress"/>).
/// </summary>
internal sealed partial class DirectLineAdmission : IDisposable
{
    private readonly DirectLineAccess _access;
    private readonly HashSet<string> _allowedOrigins;
    private readonly PartitionedRateLimiter<string> _perClient;
    private readonly ILogger<DirectLineAdmission> _logger;

    public DirectLineAdmission(DirectLineAccess access, IOptions<DirectLineOptions> options, ILogger<DirectLineAdmission> logger)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(options);
        _access = access;
        _logger = logger;
        _allowedOrigins = options.Value.AllowedOrigins.Select(static origin => new Uri(origin).GetLeftPart(UriPartial.Authority)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var bucket = options.Value.TokenRateLimit;
        _perClient = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, bucket.TokenLimit),
            TokensPerPeriod = Math.Max(1, bucket.TokensPerPeriod),
            ReplenishmentPeriod = TimeSpan.FromSeconds(Math.Max(0.001, bucket.PeriodSeconds)),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>The trust model alone (every Direct Line call): null when the client may talk to the Direct Line.</summary>
    public IResult? CheckClient(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (_access.Admits(http))
        {
            return null;
        }

        LogRemoteRefused(_logger, ClientAddress.Key(http));
        return DirectLineError.Result(StatusCodes.Status403Forbidden, "Forbidden", "Dieser Chat ist nur auf diesem Rechner erreichbar.");
    }

    /// <summary>Everything a new token needs: null when it may be issued.</summary>
    public IResult? CheckTokenRequest(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (CheckClient(http) is { } refused)
        {
            return refused;
        }

        if (!OriginAllowed(http.Request))
        {
            LogOriginRefused(_logger, http.Request.Headers[HeaderNames.Origin].ToString());
            return DirectLineError.Result(StatusCodes.Status403Forbidden, "Forbidden", "Dieser Chat darf nur von der eigenen Seite aus geöffnet werden.");
        }

        if (_access.Secret is { } secret && !SecretPresented(http.Request, secret))
        {
            http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            return DirectLineError.Result(StatusCodes.Status401Unauthorized, "Unauthorized", "Für diesen Chat fehlt die Anmeldung.");
        }

        using var lease = _perClient.AttemptAcquire(ClientAddress.Key(http));
        if (!lease.IsAcquired)
        {
            var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return DirectLineError.Result(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Zu viele neue Unterhaltungen. Bitte versuchen Sie es in einer Minute noch einmal.");
        }

        return null;
    }

    public void Dispose() => _perClient.Dispose();

    /// <summary>
    /// Browsers send Origin with every POST fetch; a request without one is not from a page (curl, the portal's server)
    /// and is judged by the other checks. The page's own origin is what the browser addressed: scheme and Host.
    /// </summary>
    private bool OriginAllowed(HttpRequest request)
    {
        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        var own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) || _allowedOrigins.Contains(origin);
    }

    private static bool SecretPresented(HttpRequest request, string secret)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(secret));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Direct Line request from remote address {RemoteAddress}: anonymous mode answers loopback clients only (Security:AllowAnonymousRemote).")]
    private static partial void LogRemoteRefused(ILogger logger, string remoteAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Direct Line token for origin {Origin}: neither the bot's own page nor in DirectLine:AllowedOrigins.")]
    private static partial void LogOriginRefused(ILogger logger, string origin);
}
