using IntegrationBot.DirectLine;
using IntegrationBot.DirectLine.Local;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationBot.Tests.WebChat;

/// <summary>The local Direct Line keeps memory bounded: idle conversations expire, and the number held is capped.</summary>
public sealed class LocalConversationStoreTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_idle_conversation_expires_with_its_token()
    {
        var store = Store(idle: TimeSpan.FromMinutes(30));
        var conversation = store.Create("dl_user");

        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Null(store.FindById(conversation.Id));
        Assert.Null(store.FindByToken(conversation.Token));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Using_a_conversation_keeps_it_alive()
    {
        var store = Store(idle: TimeSpan.FromMinutes(30));
        var conversation = store.Create("dl_user");

        for (var i = 0; i < 4; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(20));
            Assert.NotNull(store.FindById(conversation.Id));
        }
    }

    [Fact]
    public void At_the_cap_the_least_recently_used_conversation_makes_room()
    {
        var store = Store(max: 3);
        var first = store.Create("dl_1");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = store.Create("dl_2");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var third = store.Create("dl_3");
        _clock.Advance(TimeSpan.FromSeconds(1));
        store.FindById(first.Id);

        var fourth = store.Create("dl_4");

        Assert.Equal(3, store.Count);
        Assert.Null(store.FindById(second.Id));
        Assert.NotNull(store.FindById(first.Id));
        Assert.NotNull(store.FindById(third.Id));
        Assert.NotNull(store.FindById(fourth.Id));
    }

    [Fact]
    public void A_conversation_keeps_only_its_newest_activities_but_the_watermark_keeps_counting()
    {
        var conversation = new LocalConversation("c", "t", "dl_user", maxActivities: 10, _clock.GetUtcNow());
        for (var i = 1; i <= 25; i++)
        {
            conversation.Append(new Newtonsoft.Json.Linq.JObject { ["type"] = "message", ["text"] = $"n{i}" });
        }

        var (activities, watermark) = conversation.ActivitiesAfter(0);

        Assert.Equal(10, activities.Count);
        Assert.Contains("n25", activities[^1], StringComparison.Ordinal);
        Assert.Equal(25, watermark);
    }

    [Fact]
    public void Tokens_and_ids_are_unique_and_unguessable()
    {
        var store = Store(max: 1000);
        var conversations = Enumerable.Range(0, 200).Select(i => store.Create($"dl_{i}")).ToList();

        Assert.Equal(200, conversations.Select(c => c.Token).Distinct().Count());
        Assert.Equal(200, conversations.Select(c => c.Id).Distinct().Count());
        Assert.All(conversations, c => Assert.True(c.Token.Length >= 40));
    }

    private LocalConversationStore Store(TimeSpan? idle = null, int max = 100)
    {
        var options = new DirectLineOptions { ConversationIdleTimeout = idle ?? TimeSpan.FromMinutes(30), MaxConversations = max };
        return new LocalConversationStore(new StaticOptionsMonitor(options), _clock);
    }

    private sealed class StaticOptionsMonitor(DirectLineOptions value) : IOptionsMonitor<DirectLineOptions>
    {
        public DirectLineOptions CurrentValue => value;

        public DirectLineOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<DirectLineOptions, string?> listener) => null;
    }
}
