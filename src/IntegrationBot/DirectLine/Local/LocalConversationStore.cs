using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace IntegrationBot.DirectLine.Local;

/// <summary>
/// The local Direct Line's conversations, bounded in time (idle expiry) and in number (least recently used goes first),
/// so an open page or a crawler cannot grow memory without limit.
/// </summary>
internal sealed class LocalConversationStore(IOptionsMonitor<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, LocalConversation> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LocalConversation> _byToken = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();

    public int Count => _byId.Count;

    public TimeSpan TokenLifetime => options.CurrentValue.ConversationIdleTimeout;

    public LocalConversation Create(string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow();
        var conversation = new LocalConversation(RandomToken.Create(18), RandomToken.Create(32), userId, settings.MaxActivitiesPerConversation, now);

        // Creation is rare next to polling; one lock keeps the cap exact without slowing the hot paths.
        lock (_createGate)
        {
            RemoveExpired(now, settings.ConversationIdleTimeout);
            while (_byId.Count >= settings.MaxConversations && RemoveLeastRecentlyUsed())
            {
            }

            _byId[conversation.Id] = conversation;
            _byToken[conversation.Token] = conversation;
        }

        return conversation;
    }

    public LocalConversation? FindById(string conversationId) => Live(_byId.GetValueOrDefault(conversationId));

    public LocalConversation? FindByToken(string token) => Live(_byToken.GetValueOrDefault(token));

    private LocalConversation? Live(LocalConversation? conversation)
    {
        if (conversation is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (now - conversation.LastAccess > options.CurrentValue.ConversationIdleTimeout)
        {
            Remove(conversation);
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    private void RemoveExpired(DateTimeOffset now, TimeSpan idleTimeout)
    {
        foreach (var conversation in _byId.Values)
        {
            if (now - conversation.LastAccess > idleTimeout)
            {
                Remove(conversation);
            }
        }
    }

    private bool RemoveLeastRecentlyUsed()
    {
        var oldest = _byId.Values.MinBy(conversation => conversation.LastAccess);
        if (oldest is null)
        {
            return false;
        }

        Remove(oldest);
        return true;
    }

    private void Remove(LocalConversation conversation)
    {
        _byId.TryRemove(new KeyValuePair<string, LocalConversation>(conversation.Id, conversation));
        _byToken.TryRemove(new KeyValuePair<string, LocalConversation>(conversation.Token, conversation));
    }
}
