using System.Text.Json.Nodes;
using IntegrationBot.State;
using IntegrationBot.Tests.Hosting;
using IntegrationBot.Tests.Reliability.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationBot.Tests.Reliability;

/// <summary>
/// With State:Provider=Redis, two bot instances share a conversation's context (a follow-up on instance B continues a
/// question asked on instance A), and the context survives restarting every instance.
/// </summary>
[Trait("Category", "Redis")]
public sealed class SharedStateTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [SkippableFact]
    public async Task Two_instances_share_a_conversation_and_it_survives_a_restart()
    {
        Skip.If(redis.Unavailable is not null, redis.Unavailable);
        var conversation = "conv-" + Guid.NewGuid().ToString("N");

        await using (var instanceA = await StartInstanceAsync())
        await using (var instanceB = await StartInstanceAsync())
        {
            Assert.Equal("Gemerkt.", await AskAsync(instanceA, conversation, "Stadt: Stuttgart"));
            Assert.Equal("Zuletzt: Stuttgart", await AskAsync(instanceB, conversation, "Und die Aufgaben?"));
            Assert.Equal("Zuletzt: ", await AskAsync(instanceB, "another-" + conversation, "Und die Aufgaben?"));
        }

        await using var restarted = await StartInstanceAsync();
        Assert.Equal("Zuletzt: Stuttgart", await AskAsync(restarted, conversation, "Und in Frankfurt?"));
    }

    [Fact]
    public async Task Memory_provider_is_the_default_and_bounded()
    {
        await using var bot = new BotApplicationFactory();

        Assert.IsType<BoundedMemoryStorage>(bot.Services.GetRequiredService<IStorage>());
    }

    private Task<BotApplicationFactory> StartInstanceAsync() => Task.FromResult(new BotApplicationFactory
    {
        Settings = new Dictionary<string, string?>
        {
            ["State:Provider"] = "Redis",
            ["State:Redis:Configuration"] = redis.Configuration,
            ["State:Redis:KeyPrefix"] = "shared-state-test:",
        },
        ConfigureServices = services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot, ContextBot>();
        },
    }.Started());

    private static async Task<string> AskAsync(BotApplicationFactory bot, string conversationId, string text)
    {
        using var response = await bot.Client.SendAsync(Activities.Post(Activities.Message(text, conversationId: conversationId)));
        response.EnsureSuccessStatusCode();
        var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
        return replies.Select(reply => reply!["text"]?.GetValue<string>()).Single(reply => reply is not null)!;
    }
}
