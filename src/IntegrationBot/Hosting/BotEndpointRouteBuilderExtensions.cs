using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace IntegrationBot.Hosting;

public static class BotEndpointRouteBuilderExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// POST /api/messages, where Teams, the Emulator and Direct Line deliver activities. The adapter authenticates,
    /// answers 400 for a body that is not an activity, and for deliveryMode "expectReplies" returns the replies in
    /// the HTTP response.
    /// </summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        return endpoints.MapPost(
            MessagesPath,
            (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
                adapter.ProcessAsync(request, response, bot, cancellationToken));
    }
}
