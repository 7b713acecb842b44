using IntegrationBot.Performance;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Bot;

/// <summary>
/// The bot's CloudAdapter: the SDK's authentication and turn handling, compact HTTP responses
/// (<see cref="CompactCloudAdapter"/>), plus our turn error handling.
/// </summary>
public sealed class IntegrationBotAdapter : CompactCloudAdapter
{
    public IntegrationBotAdapter(
        BotFrameworkAuthentication authentication,
        TurnErrorHandler turnErrorHandler,
        ILogger<IntegrationBotAdapter> logger,
        IOptions<PerformanceOptions> performance)
        : base(authentication, logger, performance)
    {
        ArgumentNullException.ThrowIfNull(turnErrorHandler);
        OnTurnError = turnErrorHandler.HandleAsync;
    }
}
