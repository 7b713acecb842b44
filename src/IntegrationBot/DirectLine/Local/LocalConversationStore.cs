using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace IntegrationBot.DirectLine.Local;

/// <summary>
/// The local Direct Line's conversations, bounded in time (idle expiry, swept on a timer), in number and in bytes, so an
/// open page or a crawler cannot grow memory without limit. Admission is fair: a conversation used within
/// <see cref="DirectLineOptions.EvictionProtection"/> is never evicted for a new one; when every slot is taken by such a
/// conversation, <see cref="TryCreate"/> refuses and says when to retry.
/// </summary>
internal sealed class LocalConversationStore : IDisposable
{
    private readonly ConcurrentDictionary<string, LocalConversation> _byId = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();
    private readonly IOptionsMonitor<DirectLineOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ITimer _sweeper;

    public LocalConversationStore(IOptionsMonitor<DirectLineOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _options = options;
        _clock = clock;
        Budget = new TranscriptBudget(options.CurrentValue.MaxTotalBytes);

        // Transcripts hold what users typed: they go at their idle timeout even if nobody ever touches the store again.
        var idle = options.CurrentValue.ConversationIdleTimeout;
        var every = TimeSpan.FromTicks(Math.Clamp(idle.Ticks / 4, TimeSpan.FromSeconds(1).Ticks, TimeSpan.FromMinutes(1).Ticks));
        _sweeper = clock.CreateTimer(_ => SweepExpired(), null, every, every);
    }

    public int Count => _byId.Count;

    public TranscriptBudget Budget { get; }

    public TimeSpan TokenLifetime => _options.CurrentValue.TokenLifetime;

    /// <summary>A new conversation, or null with the time after which a slot may be free (all are in recent use).</summary>
    public LocalConversation? TryCreate(string userId, out TimeSpan retryAfter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var settings = _options.CurrentValue;
        var now = _clock.GetUtcNow();
        retryAfter = TimeSpan.Zero;

        // Creation is rare next to polling; one lock keeps the cap exact without slowing the hot paths.
        lock (_createGate)
        {
            RemoveExpired(now, settings.ConversationIdleTimeout);
            while (_byId.Count >= settings.MaxConversations)
            {
                var oldest = _byId.Values.MinBy(static conversation => conversation.LastAccess)!;
                var protectedUntil = oldest.LastAccess + settings.EvictionProtection;
                if (protectedUntil > now)
                {
                    retryAfter = protectedUntil - now;
                    return null;
                }

                Remove(oldest);
            }

            var conversation = new LocalConversation(RandomToken.Create(18), userId, LocalConversationLimits.From(settings), Budget, now);
            _byId[conversation.Id] = conversation;
            return conversation;
        }
    }

    /// <summary>The conversation a valid, unexpired token belongs to.</summary>
    public LocalConversation? FindByToken(string token)
    {
        // Checked before the conversation counts as used: a wrong or expired token must not keep it alive.
        var id = LocalConversation.ConversationIdOf(token);
        var conversation = id is null ? null : _byId.GetValueOrDefault(id);
        return conversation is not null && conversation.HasToken(token, _clock.GetUtcNow()) ? Live(conversation) : null;
    }

    /// <summary>Whether the conversation exists (without counting as use).</summary>
    public bool Exists(string conversationId) =>
        _byId.TryGetValue(conversationId, out var conversation) && _clock.GetUtcNow() - conversation.LastAccess <= _options.CurrentValue.ConversationIdleTimeout;

    /// <summary>Drops every conversation idle for longer than the timeout (runs on a timer).</summary>
    public void SweepExpired() => RemoveExpired(_clock.GetUtcNow(), _options.CurrentValue.ConversationIdleTimeout);

    public void Dispose()
    {
        _sweeper.Dispose();
        foreach (var conversation in _byId.Values)
        {
            Remove(conversation);
        }
    }

    private LocalConversation? Live(LocalConversation? conversation)
    {
        if (conversation is null)
        {
            return null;
        }

        var now = _clock.GetUtcNow();
        if (now - conversation.LastAccess > _options.CurrentValue.ConversationIdleTimeout)
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

    private void Remove(LocalConversation conversation)
    {
        if (_byId.TryRemove(new KeyValuePair<string, LocalConversation>(conversation.Id, conversation)))
        {
            conversation.Close();
        }
    }
}
