using IntegrationBot.Core.Understanding;

namespace IntegrationBot.State;

/// <summary>"State": where conversation and user state live.</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    /// <summary>Memory (one instance) or Redis (several instances behind a load balancer, survives restarts).</summary>
    public StateProvider Provider { get; set; } = StateProvider.Memory;

    /// <summary>
    /// State nobody read or wrote for this long is dropped. Defaults to the lifetime of the conversation context (the
    /// recognizer ignores an older context anyway), so nothing is kept longer than it can be of use.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = ConversationContext.Lifetime;

    public MemoryStateOptions Memory { get; set; } = new();

    public RedisStateOptions Redis { get; set; } = new();
}

/// <summary>Which <see cref="Microsoft.Bot.Builder.IStorage"/> holds the state.</summary>
public enum StateProvider
{
    Memory,
    Redis,
}

/// <summary>"State:Memory".</summary>
public sealed class MemoryStateOptions
{
    /// <summary>At most this many state entries (conversations and users); beyond it the least recently used go first.</summary>
    public int MaxEntries { get; set; } = 20_000;
}

/// <summary>"State:Redis".</summary>
public sealed class RedisStateOptions
{
    /// <summary>A StackExchange.Redis configuration string, e.g. "localhost:6379" or "host:6380,ssl=true,password=…".</summary>
    public string Configuration { get; set; } = "localhost:6379";

    /// <summary>Prefix of every key, so several bots (or environments) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "integrationbot:state:";

    /// <summary>Longest one state read or write may take; then the turn goes on without context (docs/operations.md).</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(800);

    /// <summary>Longest a (re)connection attempt may take.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After this many failed operations in a row the circuit opens: state calls fail at once, Redis is spared.</summary>
    public int FailuresBeforeBreak { get; set; } = 3;

    /// <summary>How long an open circuit stays open before one call probes Redis again.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(5);
}
