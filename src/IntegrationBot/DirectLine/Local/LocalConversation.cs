using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.DirectLine.Local;

/// <summary>
/// One Direct Line conversation held in memory: its tokens, its user and the activities the client can still fetch.
/// Activities are stored as serialised JSON: a bot that mutates the activity it was given cannot change what the client
/// sees, and polling (the hot path) only copies strings. The transcript is bounded by count and by bytes (its own budget
/// and the shared total); the oldest activities go first, the watermark keeps counting.
/// </summary>
internal sealed class LocalConversation
{
    private const int CharBytes = sizeof(char);

    private readonly Lock _gate = new();
    private readonly Queue<(long Sequence, string Json)> _activities = new();
    private readonly LocalConversationLimits _limits;
    private readonly TranscriptBudget _budget;
    private readonly List<(byte[] Secret, DateTimeOffset ExpiresAt)> _tokens = [];
    private long _lastSequence;
    private long _lastAccessTicks;
    private long _bytes;
    private bool _started;
    private bool _closed;

    public LocalConversation(string id, string userId, LocalConversationLimits limits, TranscriptBudget budget, DateTimeOffset now)
    {
        Id = id;
        UserId = userId;
        _limits = limits;
        _budget = budget;
        _lastAccessTicks = now.UtcTicks;
        Token = IssueToken(now);
    }

    public string Id { get; }

    /// <summary>The newest token: "conversationId.secret", so a token finds its conversation without a second index.</summary>
    public string Token { get; private set; }

    public DateTimeOffset TokenExpiresAt { get; private set; }

    /// <summary>The anonymous visitor this conversation (and its token) belongs to.</summary>
    public string UserId { get; }

    /// <summary>Serialises turns of this conversation so the bot's conversation state is never updated by two turns at once.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    public DateTimeOffset LastAccess => new(Interlocked.Read(ref _lastAccessTicks), TimeSpan.Zero);

    public long Bytes => Interlocked.Read(ref _bytes);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastAccessTicks, now.UtcTicks);

    /// <summary>The conversation id a token names, or null when the text is not shaped like one of our tokens.</summary>
    public static string? ConversationIdOf(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? token[..dot] : null;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> is one of this conversation's unexpired tokens. Constant-time comparison so
    /// the token cannot be guessed byte by byte from response times. A refreshed token leaves the previous one valid
    /// until its own expiry, so polls already on their way do not fail.
    /// </summary>
    public bool HasToken(string candidate, DateTimeOffset now)
    {
        var presented = Encoding.UTF8.GetBytes(candidate);
        lock (_gate)
        {
            var valid = false;
            foreach (var (secret, expiresAt) in _tokens)
            {
                valid |= CryptographicOperations.FixedTimeEquals(secret, presented) && expiresAt > now;
            }

            return valid;
        }
    }

    /// <summary>A new token with a fresh lifetime (Direct Line's tokens/refresh); keeps the current one, drops older ones.</summary>
    public string IssueToken(DateTimeOffset now)
    {
        lock (_gate)
        {
            var token = Id + "." + RandomToken.Create(32);
            var expiresAt = now + _limits.TokenLifetime;
            _tokens.Add((Encoding.UTF8.GetBytes(token), expiresAt));
            while (_tokens.Count > 2)
            {
                _tokens.RemoveAt(0);
            }

            Token = token;
            TokenExpiresAt = expiresAt;
            return token;
        }
    }

    /// <summary>True exactly once: for the call that starts the conversation (and so sends the conversationUpdate).</summary>
    public bool TryMarkStarted()
    {
        lock (_gate)
        {
            if (_started)
            {
                return false;
            }

            _started = true;
            return true;
        }
    }

    /// <summary>Adds an activity with the next Direct Line id ("conversation|0000001") and returns that id.</summary>
    public string Append(JObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_gate)
        {
            var sequence = ++_lastSequence;
            var id = string.Create(CultureInfo.InvariantCulture, $"{Id}|{sequence:D7}");
            activity["id"] = id;
            if (_closed)
            {
                // Removed while a turn was running: nobody can fetch it any more, so it must not count against the budget.
                return id;
            }

            var json = activity.ToString(Formatting.None);
            _activities.Enqueue((sequence, json));
            Account(json.Length * CharBytes);
            while (_activities.Count > 1 &&
                   (_activities.Count > _limits.MaxActivities || _bytes > _limits.MaxBytes || _budget.Exceeded))
            {
                Account(-_activities.Dequeue().Json.Length * CharBytes);
            }

            return id;
        }
    }

    /// <summary>
    /// The activities after <paramref name="watermark"/>, at most about <paramref name="maxBytes"/> of them (always at
    /// least one), and the watermark to ask with next time: the last one returned, so the client pages through the rest.
    /// </summary>
    public (IReadOnlyList<string> ActivitiesJson, long Watermark) ActivitiesAfter(long watermark, int maxBytes)
    {
        lock (_gate)
        {
            var page = new List<string>();
            var size = 0L;
            var last = watermark;
            foreach (var (sequence, json) in _activities)
            {
                if (sequence <= watermark)
                {
                    continue;
                }

                if (page.Count > 0 && size + json.Length > maxBytes)
                {
                    return (page, last);
                }

                page.Add(json);
                size += json.Length;
                last = sequence;
            }

            return (page, Math.Max(last, _lastSequence));
        }
    }

    /// <summary>Forgets the transcript and gives its bytes back to the shared budget; later appends are not kept.</summary>
    public void Close()
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            _activities.Clear();
            Account(-_bytes);
        }
    }

    private void Account(long bytes)
    {
        _bytes += bytes;
        _budget.Add(bytes);
    }
}
