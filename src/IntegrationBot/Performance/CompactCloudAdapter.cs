using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Performance;

/// <summary>
/// A <see cref="CloudAdapter"/> whose HTTP POST handling writes the turn's response (the expectReplies activities,
/// invoke responses) as compact JSON with a Content-Length, without the SDK's deep copy of each card. Reading the
/// activity, authentication (every request, through <see cref="CloudAdapterBase.ProcessActivityAsync(string, Activity, BotCallbackHandler, CancellationToken)"/>),
/// the turn and the status codes are the SDK's; WebSocket upgrades go to the SDK unchanged.
/// Not sealed: the host's adapter derives from it to add its turn error handling, as it would from CloudAdapter.
/// </summary>
public partial class CompactCloudAdapter : CloudAdapter, IBotFrameworkHttpAdapter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly bool compactResponses;

    public CompactCloudAdapter(BotFrameworkAuthentication botFrameworkAuthentication, ILogger logger)
        : this(botFrameworkAuthentication, logger, Options.Create(new PerformanceOptions()))
    {
    }

    /// <param name="options"><see cref="PerformanceOptions.CompactResponses"/> off: the SDK's own HTTP handling.</param>
    public CompactCloudAdapter(BotFrameworkAuthentication botFrameworkAuthentication, ILogger logger, IOptions<PerformanceOptions> options)
        : base(botFrameworkAuthentication, logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        compactResponses = options.Value.CompactResponses;
    }

    /// <summary>Handles POST /api/messages (GET WebSocket upgrades: the SDK's handling).</summary>
    /// <remarks>
    /// Hiding (<c>new</c>) instead of overriding, because CloudAdapter.ProcessAsync is not virtual and the SDK offers no
    /// hook for how the turn's response is written. The class re-implements <see cref="IBotFrameworkHttpAdapter"/>, the
    /// interface /api/messages resolves and calls, so this method is the one that runs; authentication and the turn stay
    /// the SDK's (<see cref="CloudAdapterBase.ProcessActivityAsync(string, Activity, BotCallbackHandler, CancellationToken)"/>).
    /// </remarks>
    public new async Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(httpRequest);
        ArgumentNullException.ThrowIfNull(httpResponse);
        ArgumentNullException.ThrowIfNull(bot);
        if (!compactResponses || !HttpMethods.IsPost(httpRequest.Method))
        {
            await base.ProcessAsync(httpRequest, httpResponse, bot, cancellationToken).ConfigureAwait(false);
            return;
        }

        var activity = await HttpHelper.ReadRequestAsync<Activity>(httpRequest).ConfigureAwait(false);
        if (string.IsNullOrEmpty(activity?.Type))
        {
            httpResponse.StatusCode = StatusCodes.Status400BadRequest;
            Log.MissingActivity(Logger);
            return;
        }

        InvokeResponse invokeResponse;
        try
        {
            invokeResponse = await ProcessActivityAsync((string?)httpRequest.Headers.Authorization, activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException ex)
        {
            httpResponse.StatusCode = StatusCodes.Status401Unauthorized;
            Log.Unauthorized(Logger, ex.Message);
            return;
        }

        await WriteAsync(httpResponse, invokeResponse, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpResponse response, InvokeResponse? invokeResponse, CancellationToken cancellationToken)
    {
        if (invokeResponse is null)
        {
            response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        response.StatusCode = invokeResponse.Status;
        if (invokeResponse.Body is null)
        {
            return;
        }

        // Newtonsoft writes synchronously and Kestrel forbids synchronous body writes: serialise into memory first.
        using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, Utf8, bufferSize: 4096, leaveOpen: true))
        {
            CompactActivitySerializer.Instance.Serialize(writer, invokeResponse.Body);
        }

        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Bad request: the body is not an activity with a type.")]
        public static partial void MissingActivity(ILogger logger);

        // Information, not Warning: the authentication in front (fail-closed) already logs why, once per refusal.
        [LoggerMessage(Level = LogLevel.Information, Message = "Refused an unauthenticated request: {Reason}")]
        public static partial void Unauthorized(ILogger logger, string reason);
    }
}
