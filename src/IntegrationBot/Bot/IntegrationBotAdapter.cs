using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Bot;

/// <summary>The bot's CloudAdapter: the SDK's authentication and HTTP handling, plus our turn error handling.</summary>
public sealed class IntegrationBotAdapter : CloudAdapter
{
    public IntegrationBotAdapter(
        BotFrameworkAuthentication authentication,
        TurnErrorHandler turnErrorHandler,
        ILogger<IntegrationBotAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(turnErrorHandler);
        OnTurnError = turnErrorHandler.HandleAsync;
    }
}
