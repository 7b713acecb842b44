using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.DirectLine.Local;

/// <summary>
/// The Direct Line 3.0 REST calls Web Chat (DirectLineJS) makes in polling mode (<c>webSocket: false</c>):
/// start conversation, reconnect, post activity, get activities after a watermark, refresh token.
/// </summary>
internal static class LocalDirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.AddEndpointFilter(async (context, next) =>
        {
            // Tokens and conversation content must never sit in a shared cache.
            context.HttpContext.Response.Headers[HeaderNames.CacheControl] = "no-store";

            // The same trust model as /api/messages: anonymous mode serves loopback clients only, unless opted in.
            var admission = context.HttpContext.RequestServices.GetRequiredService<DirectLineAdmission>();
            return admission.CheckClient(context.HttpContext) ?? await next(context).ConfigureAwait(false);
        });
    }

    private static async Task<IResult> StartConversationAsync(HttpContext http, LocalDirectLine directLine, [FromServices] IBot bot)
    {
        var token = DirectLineBearer.Read(http.Request);
        if (token is null)
        {
            return DirectLineBearer.Missing(http.Response);
        }

        var conversation = directLine.Conversations.FindByToken(token);
        if (conversation is null)
        {
            return DirectLineBearer.Rejected();
        }

        // DirectLineJS sends {user, locale}; the locale is all we use, and a missing or odd body is no reason to refuse.
        var body = await ReadBodyAsync(http.Request, limit: 16_384).ConfigureAwait(false);
        var locale = ClientLocale.From(body is null ? null : ActivityJson.TryParseObject(body));
        var started = await directLine.StartAsync(conversation, locale, ServiceUrl(http.Request), bot, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(Conversation(conversation, directLine), statusCode: started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static IResult Reconnect(HttpContext http, string conversationId, LocalDirectLine directLine) =>
        Authorize(http, conversationId, directLine, out var conversation)
        ?? Results.Json(Conversation(conversation!, directLine));

    private static async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, LocalDirectLine directLine, IOptionsMonitor<DirectLineOptions> options, [FromServices] IBot bot)
    {
        if (Authorize(http, conversationId, directLine, out var conversation) is { } denied)
        {
            return denied;
        }

        var limit = options.CurrentValue.MaxActivityBytes;
        var body = await ReadBodyAsync(http.Request, limit).ConfigureAwait(false);
        if (body is null)
        {
            return DirectLineError.Result(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "Die Nachricht ist zu groß.");
        }

        var activity = ParseActivity(body);
        if (activity is null)
        {
            return DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", "Die Nachricht ist keine gültige Aktivität (JSON-Objekt mit \"type\").");
        }

        var id = await directLine.PostAsync(conversation!, activity, ServiceUrl(http.Request), bot, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(new ResourceIdResponse(id));
    }

    private static IResult GetActivities(HttpContext http, string conversationId, string? watermark, LocalDirectLine directLine, IOptionsMonitor<DirectLineOptions> options)
    {
        if (Authorize(http, conversationId, directLine, out var conversation) is { } denied)
        {
            return denied;
        }

        // DirectLineJS sends "watermark=" before it has one; the watermark is otherwise the last sequence number it saw.
        var after = 0L;
        if (!string.IsNullOrEmpty(watermark) && (!long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out after)))
        {
            return DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", "Das Wasserzeichen (watermark) ist ungültig.");
        }

        return Results.Text(LocalDirectLine.ActivitySetJson(conversation!, after, options.CurrentValue.MaxActivitiesPageBytes), "application/json", Encoding.UTF8);
    }

    private static IResult RefreshToken(HttpContext http, LocalDirectLine directLine)
    {
        var token = DirectLineBearer.Read(http.Request);
        if (token is null)
        {
            return DirectLineBearer.Missing(http.Response);
        }

        // Like Direct Line: a valid token buys a new one with a fresh expires_in; the old one runs out at its own expiry.
        var conversation = directLine.Conversations.FindByToken(token);
        if (conversation is null)
        {
            return DirectLineBearer.Rejected();
        }

        conversation.IssueToken(directLine.Now);
        return Results.Json(Conversation(conversation, directLine));
    }

    /// <summary>401 without a token, 404 for an unknown (or expired) conversation, 403 for another conversation's token.</summary>
    private static IResult? Authorize(HttpContext http, string conversationId, LocalDirectLine directLine, out LocalConversation? conversation)
    {
        conversation = null;
        var token = DirectLineBearer.Read(http.Request);
        if (token is null)
        {
            return DirectLineBearer.Missing(http.Response);
        }

        conversation = directLine.Conversations.FindByToken(token);
        if (conversation is not null && string.Equals(conversation.Id, conversationId, StringComparison.Ordinal))
        {
            return null;
        }

        conversation = null;
        return directLine.Conversations.Exists(conversationId)
            ? DirectLineBearer.Rejected()
            : DirectLineError.Result(StatusCodes.Status404NotFound, "BadArgument", "Diese Unterhaltung gibt es nicht mehr. Bitte laden Sie die Seite neu.");
    }

    private static Activity? ParseActivity(string body)
    {
        var json = ActivityJson.TryParseObject(body);
        if (json?.Value<JToken>("type") is not JValue { Type: JTokenType.String } type || string.IsNullOrWhiteSpace((string?)type))
        {
            return null;
        }

        try
        {
            return json.ToObject<Activity>(ActivityJson.Serializer);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The body as text, or null when it is larger than <paramref name="limit"/> bytes. The buffer is pooled: a flood of
    /// large posts must not allocate a fresh large-object-heap array per request.
    /// </summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, int limit)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(limit + 1);
        try
        {
            var total = 0;
            int read;
            while (total < limit + 1 && (read = await request.Body.ReadAsync(buffer.AsMemory(total, limit + 1 - total), request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
            {
                total += read;
            }

            return total > limit ? null : Encoding.UTF8.GetString(buffer, 0, total);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Uri ServiceUrl(HttpRequest request) =>
        new($"{request.Scheme}://{request.Host}{request.PathBase}/", UriKind.Absolute);

    private static ConversationResponse Conversation(LocalConversation conversation, LocalDirectLine directLine) =>
        new(conversation.Id, conversation.Token, Math.Max(0, (int)(conversation.TokenExpiresAt - directLine.Now).TotalSeconds), StreamUrl: null);
}
