using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace IntegrationBot.DirectLine.Local;

/// <summary>
/// Runs one activity through the bot's real pipeline (the registered adapter with its middleware, error handler and
/// state, then the bot) and returns what the bot answered. expectReplies makes the adapter hand the replies back
/// instead of posting them to a channel service, which the local Direct Line does not have.
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

        // The same identity the adapter builds for the bot's own proactive turns: the turn is the bot talking to itself, not a channel.
        var identity = new ClaimsIdentity(
        [
            new Claim(AuthenticationConstants.AudienceClaim, _botAppId),
            new Claim(AuthenticationConstants.AppIdClaim, _botAppId),
        ]);

        var response = await _adapter.ProcessActivityAsync(identity, activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        return response?.Body switch
        {
            ExpectedReplies replies => replies.Activities?.ToList() ?? [],
            _ => [],
        };
    }
}
