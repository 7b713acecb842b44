using IntegrationBot.Core.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace IntegrationBot.Tests.Reliability.Support;

/// <summary>
/// A bot that keeps the conversation context the way the real bot does (ConversationState over the configured
/// IStorage): "Stadt: X" remembers a city, anything else answers with the remembered one.
/// </summary>
internal sealed class ContextBot(ConversationState state) : ActivityHandler
{
    private const string Prefix = "Stadt: ";

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await state.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var accessor = state.CreateProperty<ConversationContext>(nameof(ConversationContext));
        var context = await accessor.GetAsync(turnContext, () => ConversationContext.Empty, cancellationToken);
        var text = turnContext.Activity.Text ?? string.Empty;
        if (text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            await accessor.SetAsync(turnContext, context with { Cities = [text[Prefix.Length..]] }, cancellationToken);
            await turnContext.SendActivityAsync("Gemerkt.", cancellationToken: cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync("Zuletzt: " + string.Join(", ", context.Cities), cancellationToken: cancellationToken);
    }
}
