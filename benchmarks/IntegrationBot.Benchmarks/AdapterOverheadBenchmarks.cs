using BenchmarkDotNet.Attributes;
using IntegrationBot.Authentication;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Benchmarks;

/// <summary>
/// The SDK's share of a turn: CloudAdapter.ProcessAsync with an echo bot (state on MemoryStorage, one small card),
/// deliveryMode expectReplies, a new conversation per call; with and without AddBotFrameworkAuthenticationCaching().
/// </summary>
[MemoryDiagnoser]
public class AdapterOverheadBenchmarks
{
    private ServiceProvider services = null!;
    private IBotFrameworkHttpAdapter adapter = null!;
    private IBot bot = null!;
    private int conversation;

    [Params(false, true)]
    public bool ClientCaching { get; set; }

    [Params(false, true)]
    public bool CompactJson { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        HttpHelper.BotMessageSerializer.Formatting = CompactJson ? Newtonsoft.Json.Formatting.None : Newtonsoft.Json.Formatting.Indented;
        var collection = new ServiceCollection();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        collection.AddHttpClient();
        collection.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        if (ClientCaching)
        {
            collection.AddBotFrameworkAuthenticationCaching();
        }

        collection.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(sp.GetRequiredService<BotFrameworkAuthentication>(), NullLogger.Instance));
        collection.AddSingleton(new ConversationState(new MemoryStorage()));
        collection.AddSingleton<IBot, EchoCardBot>();
        services = collection.BuildServiceProvider();
        adapter = services.GetRequiredService<IBotFrameworkHttpAdapter>();
        bot = services.GetRequiredService<IBot>();
    }

    [GlobalCleanup]
    public void Cleanup() => services.Dispose();

    [Benchmark]
    public async Task<int> ExpectRepliesTurn()
    {
        var context = TurnRequests.Create("Hallo Echo", Interlocked.Increment(ref conversation));
        await adapter.ProcessAsync(context.Request, context.Response, bot).ConfigureAwait(false);
        return context.Response.StatusCode;
    }

    private sealed class EchoCardBot(ConversationState state) : ActivityHandler
    {
        private readonly IStatePropertyAccessor<int> turns = state.CreateProperty<int>("TurnCount");

        public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await state.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        }

        protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            await turns.SetAsync(turnContext, await turns.GetAsync(turnContext, () => 0, cancellationToken).ConfigureAwait(false) + 1, cancellationToken).ConfigureAwait(false);
            var card = new JObject
            {
                ["type"] = "AdaptiveCard",
                ["version"] = "1.5",
                ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = "Echo: " + turnContext.Activity.Text, ["wrap"] = true }),
            };
            await turnContext.SendActivityAsync(MessageFactory.Attachment(new Attachment("application/vnd.microsoft.card.adaptive", content: card)), cancellationToken).ConfigureAwait(false);
        }
    }
}
