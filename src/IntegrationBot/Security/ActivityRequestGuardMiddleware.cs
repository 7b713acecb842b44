using System.Buffers;
using System.Net;
using System.Net.Mime;
using Microsoft.AspNetCore.Http.Features;
using IntegrationBot.Network;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Security;

/// <summary>
/// Runs before the Bot Framework adapter on the messages endpoint: refuses anonymous remote callers, oversized bodies
/// (413), non-JSON media types (415) and bodies that are not a usable activity (400), so that no hostile request can
/// reach the SDK's code paths that answer 500. The validated body is handed on unchanged.
/// </summary>
public sealed partial class ActivityRequestGuardMiddleware
{
    private readonly RequestDelegate _next;
    private readonly BotSecurityOptions _options;
    private readonly BotAuthenticationMode _mode;
    private readonly ILogger<ActivityRequestGuardMiddleware> _logger;

    public ActivityRequestGuardMiddleware(
        RequestDelegate next,
        IOptions<BotSecurityOptions> options,
        BotAuthenticationMode mode,
        ILogger<ActivityRequestGuardMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _next = next;
        _options = options.Value;
        _mode = mode;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !IsMessagesPath(request.Path))
        {
            await _next(context).ConfigureAwait(false);
            return;
        }

        if (_mode.IsAnonymous && !_options.AllowAnonymousRemote && !ClientAddress.IsLoopback(context))
        {
            LogAnonymousRemoteRefused(ClientAddress.Of(context));
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "This bot has no MicrosoftAppId and answers local clients only.").ConfigureAwait(false);
            return;
        }

        if (request.ContentLength > _options.MaxRequestBodyBytes)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "The activity is too large.").ConfigureAwait(false);
            return;
        }

        if (!IsJson(request.ContentType))
        {
            await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, "Activities must be sent as application/json.").ConfigureAwait(false);
            return;
        }

        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        if (body is null)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "The activity is too large.").ConfigureAwait(false);
            return;
        }

        if (!InboundActivityReader.TryRead(body.Value, out var activity, out var problem))
        {
            LogMalformedActivity(problem);
            await RefuseAsync(context, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        if (_mode.IsAnonymous && !ExpectsReplies(activity!) && !IsLocalServiceUrl(activity!.ServiceUrl))
        {
            LogForeignServiceUrlRefused(activity.ServiceUrl.Host);
            await RefuseAsync(context, StatusCodes.Status400BadRequest, "Without a MicrosoftAppId the bot replies only to a local serviceUrl (loopback or Security:LocalServiceUrls); use deliveryMode expectReplies.").ConfigureAwait(false);
            return;
        }

        context.Features.Set(activity);
        request.Body = new MemoryStream(body.Value.ToArray(), writable: false);
        request.ContentLength = body.Value.Length;
        await _next(context).ConfigureAwait(false);
    }

    /// <summary>Routing also matches a trailing slash and any casing; so must the guard, or "/api/messages/" would bypass it.</summary>
    private bool IsMessagesPath(PathString path) =>
        path.StartsWithSegments(_options.MessagesPath, StringComparison.OrdinalIgnoreCase, out var rest) && (!rest.HasValue || rest.Value == "/");

    private static bool ExpectsReplies(InboundActivity activity) =>
        string.Equals(activity.DeliveryMode, Microsoft.Bot.Schema.DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);

    /// <summary>Loopback by address or name (the Emulator listens on localhost), or configured as the local channel.</summary>
    private bool IsLocalServiceUrl(Uri serviceUrl)
    {
        if (serviceUrl.IsLoopback || (IPAddress.TryParse(serviceUrl.IdnHost, out var address) && IPAddress.IsLoopback(address)))
        {
            return true;
        }

        return _options.LocalServiceUrls.Any(configured =>
            Uri.TryCreate(configured, UriKind.Absolute, out var allowed) &&
            string.Equals(allowed.GetLeftPart(UriPartial.Authority), serviceUrl.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType) || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return false;
        }

        var type = media.MediaType.Value ?? string.Empty;
        return type.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase) ||
               type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads at most the configured number of bytes; null when the body is larger.</summary>
    private async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpContext context)
    {
        var limit = _options.MaxRequestBodyBytes;
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static Task RefuseAsync(HttpContext context, int statusCode, string detail) =>
        Results.Problem(detail: detail, statusCode: statusCode).ExecuteAsync(context);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an unauthenticated request from remote address {RemoteAddress}: anonymous mode answers loopback clients only (Security:AllowAnonymousRemote).")]
    private partial void LogAnonymousRemoteRefused(IPAddress? remoteAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an unauthenticated activity whose serviceUrl host {Host} is not local: anonymous mode replies only to loopback or Security:LocalServiceUrls.")]
    private partial void LogForeignServiceUrlRefused(string host);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a malformed activity: {Problem}")]
    private partial void LogMalformedActivity(string problem);
}
