using IntegrationBot.DirectLine;
using IntegrationBot.DirectLine.Local;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// The local Direct Line keeps memory bounded and admission fair: idle conversations expire (also on a timer), a
/// conversation in recent use is never evicted, transcripts have byte budgets, tokens expire even while used.
/// </summary>
public sealed class LocalConversationStoreTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_idle_conversation_expires_with_its_token()
    {
        using var store = Store(new DirectLineOptions { ConversationIdleTimeout = TimeSpan.FromMinutes(30) });
        var conversation = Create(store, "dl_user");

        _clock.Advance(TimeSpan.FromMinutes(31));

        Assert.False(store.Exists(conversation.Id));
        Assert.Null(store.FindByToken(conversation.Token));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Idle_conversations_are_swept_on_a_timer_even_when_no_conversation_is_touched()
    {
        using var store = Store(new DirectLineOptions { ConversationIdleTimeout = TimeSpan.FromMinutes(30) });
        var conversation = Create(store, "dl_user");
        conversation.Append(new JObject { ["type"] = "message", ["text"] = "Was der Nutzer schrieb" });
        Assert.True(store.Budget.Used > 0);

        // Only time passes: the timer, not a later request, removes the transcript.
        _clock.Advance(TimeSpan.FromMinutes(32));

        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.Budget.Used);
    }

    [Fact]
    public void Using_a_conversation_keeps_it_alive()
    {
        using var store = Store(new DirectLineOptions { ConversationIdleTimeout = TimeSpan.FromMinutes(30), TokenLifetime = TimeSpan.FromHours(2) });
        var conversation = Create(store, "dl_user");

        for (var i = 0; i < 4; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(20));
            Assert.NotNull(store.FindByToken(conversation.Token));
        }
    }

    [Fact]
    public void A_conversation_used_recently_is_never_evicted_and_a_full_store_refuses_with_a_retry_time()
    {
        using var store = Store(new DirectLineOptions { MaxConversations = 3, EvictionProtection = TimeSpan.FromMinutes(5) });
        var live = Enumerable.Range(0, 3).Select(i => Create(store, $"dl_{i}")).ToList();

        _clock.Advance(TimeSpan.FromMinutes(1));
        var refused = store.TryCreate("dl_burst", out var retryAfter);

        Assert.Null(refused);
        Assert.InRange(retryAfter, TimeSpan.FromMinutes(3.9), TimeSpan.FromMinutes(4));
        Assert.All(live, conversation => Assert.NotNull(store.FindByToken(conversation.Token)));
    }

    [Fact]
    public void Beyond_the_protection_the_least_recently_used_conversation_makes_room()
    {
        using var store = Store(new DirectLineOptions { MaxConversations = 3, EvictionProtection = TimeSpan.FromMinutes(5) });
        var first = Create(store, "dl_1");
        var second = Create(store, "dl_2");
        var third = Create(store, "dl_3");
        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.NotNull(store.FindByToken(first.Token));
        Assert.NotNull(store.FindByToken(third.Token));

        var fourth = Create(store, "dl_4");

        Assert.Equal(3, store.Count);
        Assert.False(store.Exists(second.Id));
        Assert.True(store.Exists(first.Id));
        Assert.True(store.Exists(fourth.Id));
    }

    [Fact]
    public void A_conversation_keeps_only_its_newest_activities_but_the_watermark_keeps_counting()
    {
        using var store = Store(new DirectLineOptions { MaxActivitiesPerConversation = 10 });
        var conversation = Create(store, "dl_user");
        for (var i = 1; i <= 25; i++)
        {
            conversation.Append(new JObject { ["type"] = "message", ["text"] = $"n{i}" });
        }

        var (activities, watermark) = conversation.ActivitiesAfter(0, maxBytes: 1_000_000);

        Assert.Equal(10, activities.Count);
        Assert.Contains("n25", activities[^1], StringComparison.Ordinal);
        Assert.Equal(25, watermark);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(2_000)]
    public void Transcripts_stay_within_their_byte_budgets_however_much_is_posted(int conversations)
    {
        var options = new DirectLineOptions { MaxConversations = 5_000, MaxConversationBytes = 64 * 1024, MaxTotalBytes = 1024 * 1024 };
        using var store = Store(options);
        var all = Enumerable.Range(0, conversations).Select(i => Create(store, $"dl_{i}")).ToList();
        var text = new string('x', 4_000);

        for (var round = 0; round < 40; round++)
        {
            foreach (var conversation in all)
            {
                conversation.Append(new JObject { ["type"] = "message", ["text"] = text });
            }
        }

        Assert.All(all, conversation => Assert.InRange(conversation.Bytes, 1, options.MaxConversationBytes));
        // At most one activity per conversation above the total budget: each keeps its newest.
        Assert.InRange(store.Budget.Used, 1, options.MaxTotalBytes + (conversations * 2L * 4_100));
    }

    [Fact]
    public void Activities_are_paged_by_size_and_the_watermark_pages_on()
    {
        using var store = Store(new DirectLineOptions());
        var conversation = Create(store, "dl_user");
        for (var i = 1; i <= 10; i++)
        {
            conversation.Append(new JObject { ["type"] = "message", ["text"] = new string('a', 1_000) + i });
        }

        var (first, watermark) = conversation.ActivitiesAfter(0, maxBytes: 3_500);
        var (rest, last) = conversation.ActivitiesAfter(watermark, maxBytes: 1_000_000);

        Assert.Equal(3, first.Count);
        Assert.Equal(3, watermark);
        Assert.Equal(7, rest.Count);
        Assert.Equal(10, last);
    }

    [Fact]
    public void A_token_expires_after_its_lifetime_even_while_used_and_a_refreshed_one_lives_on()
    {
        using var store = Store(new DirectLineOptions { TokenLifetime = TimeSpan.FromMinutes(30), ConversationIdleTimeout = TimeSpan.FromHours(1) });
        var conversation = Create(store, "dl_user");
        var original = conversation.Token;

        _clock.Advance(TimeSpan.FromMinutes(15));
        Assert.NotNull(store.FindByToken(original));
        var refreshed = conversation.IssueToken(_clock.GetUtcNow());

        _clock.Advance(TimeSpan.FromMinutes(16));

        Assert.Null(store.FindByToken(original));
        Assert.Same(conversation, store.FindByToken(refreshed));
    }

    [Fact]
    public void Tokens_and_ids_are_unique_and_unguessable()
    {
        using var store = Store(new DirectLineOptions { MaxConversations = 1000 });
        var conversations = Enumerable.Range(0, 200).Select(i => Create(store, $"dl_{i}")).ToList();

        Assert.Equal(200, conversations.Select(c => c.Token).Distinct().Count());
        Assert.Equal(200, conversations.Select(c => c.Id).Distinct().Count());
        Assert.All(conversations, c => Assert.True(c.Token.Length >= 40));
        Assert.All(conversations, c => Assert.Null(store.FindByToken(c.Id + ".guessed-secret-of-the-right-shape-000000")));
    }

    private static LocalConversation Create(LocalConversationStore store, string userId) =>
        store.TryCreate(userId, out _) ?? throw new InvalidOperationException("The store refused a conversation.");

    private LocalConversationStore Store(DirectLineOptions options) => new(new StaticOptionsMonitor(options), _clock);

    private sealed class StaticOptionsMonitor(DirectLineOptions value) : IOptionsMonitor<DirectLineOptions>
    {
        public DirectLineOptions CurrentValue => value;

        public DirectLineOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<DirectLineOptions, string?> listener) => null;
    }
}
