using IntegrationBot.DirectLine.Azure;
using IntegrationBot.DirectLine.Local;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace IntegrationBot.DirectLine;

/// <summary>
/// POST /api/directline/token: the one call the Web Chat page makes before it opens a Direct Line. It answers the same
/// way in both modes, with the mode, so the page needs no configuration of its own.
/// </summary>
internal static partial class WebChatTokenEndpoint
{
    public const string Path = "/api/directline/token";

    private const string UnavailableMessage = "Der Chat ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten noch einmal.";

    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapPost(Path, IssueAsync);

    private const string FullMessage = "Der Chat ist gerade voll ausgelastet. Bitte versuchen Sie es in einigen Minuten noch einmal.";

    private const string NotServedMessage = "Der Chat ist auf diesem Server nicht eingerichtet.";

    private static async Task<IResult> IssueAsync(HttpContext http, IOptionsMonitor<DirectLineOptions> options, DirectLineAccess access, DirectLineAdmission admission, IServiceProvider services, ILoggerFactory loggers)
    {
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        if (admission.CheckTokenRequest(http) is { } refused)
        {
            return refused;
        }

        var userId = DirectLineUserId.NewId();
        if (options.CurrentValue.Mode == DirectLineMode.Local)
        {
            if (!access.LocalServed)
            {
                return DirectLineError.Result(StatusCodes.Status404NotFound, "NotEnabled", NotServedMessage);
            }

            var store = services.GetRequiredService<LocalConversationStore>();
            var conversation = store.TryCreate(userId, out var retryAfter);
            if (conversation is null)
            {
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return DirectLineError.Result(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", FullMessage);
            }

            return Results.Json(new WebChatToken("local", conversation.Id, conversation.Token, userId, (int)store.TokenLifetime.TotalSeconds));
        }

        try
        {
            var token = await services.GetRequiredService<DirectLineTokenClient>().GenerateAsync(userId, http.RequestAborted).ConfigureAwait(false);
            var domain = DirectLineAddress.Of(options.CurrentValue.TokenEndpoint);
            return Results.Json(new WebChatToken("azure", token.ConversationId, token.Token, userId, token.ExpiresIn, domain));
        }
        catch (DirectLineTokenException exception)
        {
            LogTokenFailed(loggers.CreateLogger(typeof(WebChatTokenEndpoint)), exception);
            return DirectLineError.Result(StatusCodes.Status502BadGateway, "TokenServiceUnavailable", UnavailableMessage);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not get a Direct Line token for the Web Chat page.")]
    private static partial void LogTokenFailed(ILogger logger, Exception exception);
}
