using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Bot;

/// <summary>
/// The stored value of one conversation scope: the context of each person (and thread) who asked there, bounded so a
/// busy team never grows its state without limit: expired contexts are dropped, and beyond <see cref="MaxPeople"/>
/// the least recently used goes.
/// </summary>
public sealed class SharedConversationContexts
{
    /// <summary>People (per thread) remembered per scope; a team channel rarely has more asking within half an hour.</summary>
    public const int MaxPeople = 64;

    /// <summary>Person key → context. A plain dictionary: every state store round-trips it through JSON.</summary>
    public Dictionary<string, ConversationContext> People { get; init; } = new(StringComparer.Ordinal);

    public ConversationContext For(string personKey, DateTimeOffset now) =>
        People.TryGetValue(personKey, out var context) && !context.IsExpiredAt(now) ? context : ConversationContext.Empty;

    public void Set(string personKey, ConversationContext context, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        People[personKey] = context;
        foreach (var expired in People.Where(p => p.Value.IsExpiredAt(now)).Select(static p => p.Key).ToList())
        {
            People.Remove(expired);
        }

        foreach (var oldest in People.OrderBy(static p => p.Value.UpdatedAt ?? DateTimeOffset.MinValue).Take(People.Count - MaxPeople).Select(static p => p.Key).ToList())
        {
            People.Remove(oldest);
        }
    }

    public bool Remove(string personKey) => People.Remove(personKey);
}
