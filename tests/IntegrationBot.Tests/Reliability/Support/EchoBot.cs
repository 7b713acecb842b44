using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace IntegrationBot.Tests.Reliability.Support;

/// <summary>The smallest real bot: proves a request got through the guards and the authentication to a turn.</summary>
internal sealed class EchoBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + turnContext.Activity.Text), cancellationToken);
}
