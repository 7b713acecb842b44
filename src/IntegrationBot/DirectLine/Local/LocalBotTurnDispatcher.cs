using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace IntegrationBot.DirectLine.Local;

/// <summary>
/// Runs one activity through the bot's real pipeline (the registered adapter with its middleware, error handler and
/// state, then the bot) and returns what the bot answered. With deliveryMode expectReplies the turn context buffers the
/// replies instead of posting them to a channel service, which the local Direct Line does not have. The adapter's
/// public entry for a turn that did not arrive over /api/messages is ContinueConversationAsync with the bot's own
/// identity (CloudAdapter keeps ProcessActivityAsync for authenticated HTTP requests).
/// </summary>
internal sealed class LocalBotTurnDispatcher
{
    private readonly BotAdapter _adapter;
    private readonly string _botAppId;

    public LocalBotTurnDispatcher(IBotFrameworkHttpAdapter adapter, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(configuration);
        _adapter = adapter as BotAdapter
            ?? throw new InvalidOperationException($"The local Direct Line needs the registered {nameof(IBotFrameworkHttpAdapter)} to be a {nameof(BotAdapter)} (for example CloudAdapter).");
        _botAppId = configuration["MicrosoftAppId"] ?? string.Empty;
    }

    public async Task<IReadOnlyList<Activity>> DispatchAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        // The identity the adapter itself builds for the bot's own turns: the bot talking to itself, not a channel.
        var identity = new ClaimsIdentity(
        [
            new Claim(AuthenticationConstants.AudienceClaim, _botAppId),
            new Claim(AuthenticationConstants.AppIdClaim, _botAppId),
        ]);

        TurnContext? turn = null;
        await _adapter.ContinueConversationAsync(
            identity,
            activity,
            (context, token) =>
            {
                turn = context as TurnContext
                    ?? throw new InvalidOperationException($"The adapter passed a {context.GetType().Name}; the local Direct Line needs a {nameof(TurnContext)} to collect expectReplies.");
                return bot.OnTurnAsync(context, token);
            },
            cancellationToken).ConfigureAwait(false);

        // Read after the whole pipeline ran, so replies sent by middleware or the adapter's OnTurnError are included.
        return turn?.BufferedReplyActivities.ToList() ?? [];
    }
}
