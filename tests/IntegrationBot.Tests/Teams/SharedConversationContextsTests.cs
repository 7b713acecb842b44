using IntegrationBot.Bot;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Tests.Teams;

/// <summary>The per-person contexts of one shared conversation stay bounded: expired ones go, and the least recently used beyond the limit.</summary>
public sealed class SharedConversationContextsTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Beyond_the_limit_the_least_recently_used_person_is_forgotten()
    {
        var contexts = new SharedConversationContexts();
        for (var i = 0; i <= SharedConversationContexts.MaxPeople; i++)
        {
            var at = Start.AddSeconds(i);
            contexts.Set($"p{i}", new ConversationContext { Cities = [$"Stadt {i}"], UpdatedAt = at }, at);
        }

        var now = Start.AddSeconds(SharedConversationContexts.MaxPeople);
        Assert.Equal(SharedConversationContexts.MaxPeople, contexts.People.Count);
        Assert.Same(ConversationContext.Empty, contexts.For("p0", now));
        Assert.Equal(["Stadt 1"], contexts.For("p1", now).Cities);
    }

    [Fact]
    public void Expired_contexts_are_dropped_when_someone_else_speaks()
    {
        var contexts = new SharedConversationContexts();
        contexts.Set("alice", new ConversationContext { Cities = ["Stuttgart"], UpdatedAt = Start }, Start);
        var later = Start + ConversationContext.Lifetime + TimeSpan.FromMinutes(1);

        contexts.Set("bob", new ConversationContext { Cities = ["München"], UpdatedAt = later }, later);

        Assert.Equal(["bob"], contexts.People.Keys);
        Assert.Same(ConversationContext.Empty, contexts.For("alice", later));
    }
}
