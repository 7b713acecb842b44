namespace IntegrationBot.Network;

/// <summary>
/// First in the pipeline: a request Kestrel finds malformed while the application reads it (bad chunk sizes, a body
/// cut short, a body that trickles below the minimum data rate) is answered with Kestrel's own 4xx status (400, 408,
/// 413) and logged as a warning, instead of surfacing as an unhandled exception, a 500 and an error-level stack trace.
/// </summary>
public sealed partial class MalformedRequestMiddleware(RequestDelegate next, ILogger<MalformedRequestMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception)
        {
            LogMalformed(logger, exception.StatusCode, context.Request.Method, context.Request.Path.Value ?? string.Empty, exception.Message);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await Results.Problem(detail: "The request was malformed or arrived too slowly.", statusCode: exception.StatusCode).ExecuteAsync(context).ConfigureAwait(false);
            }
        }
        catch (IOException exception) when (!context.Response.HasStarted)
        {
            // Kestrel reports some malformed framing as a plain IOException (a chunk size that overflows: "Bad chunk size
            // data"), not as a BadHttpRequestException. Nothing was answered yet, so it came from reading the request.
            LogMalformed(logger, StatusCodes.Status400BadRequest, context.Request.Method, context.Request.Path.Value ?? string.Empty, exception.Message);
            context.Response.Clear();
            await Results.Problem(detail: "The request body is malformed.", statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away (or the request timeout fired, which the timeout middleware answers): nothing to log as an error.
            LogAborted(logger, context.Request.Method, context.Request.Path.Value ?? string.Empty);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status408RequestTimeout;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a malformed request ({StatusCode}) to {Method} {Path}: {Reason}")]
    private static partial void LogMalformed(ILogger logger, int statusCode, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "A request to {Method} {Path} was aborted or timed out before it was answered.")]
    private static partial void LogAborted(ILogger logger, string method, string path);
}
