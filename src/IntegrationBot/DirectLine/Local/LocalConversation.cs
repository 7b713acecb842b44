using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.DirectLine.Local;

/// <summary>
/// One Direct Line conversation held in memory: its token, its user and the activities the client can still fetch.
/// Activities are stored as serialised JSON: a bot that mutates the activity it was given cannot change what the client
/// sees, and polling (the hot path) only copies strings.
/// </summary>
internal sealed class LocalConversation
{
    private readonly Lock _gate = new();
    private readonly Queue<(long Sequence, string Json)> _activities = new();
    private readonly int _maxActivities;
    private readonly byte[] _tokenBytes;
    private long _lastSequence;
    private long _lastAccessTicks;
    private bool _started;

    public LocalConversation(string id, string token, string userId, int maxActivities, DateTimeOffset now)
    {
        Id = id;
        Token = token;
        UserId = userId;
        _maxActivities = maxActivities;
        _tokenBytes = Encoding.UTF8.GetBytes(token);
        _lastAccessTicks = now.UtcTicks;
    }

    public string Id { get; }

    public string Token { get; }

    /// <summary>The anonymous visitor this conversation (and its token) belongs to.</summary>
    public string UserId { get; }

    /// <summary>Serialises turns of this conversation so the bot's conversation state is never updated by two turns at once.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    public DateTimeOffset LastAccess => new(Interlocked.Read(ref _lastAccessTicks), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastAccessTicks, now.UtcTicks);

    /// <summary>Constant-time comparison so the token cannot be guessed byte by byte from response times.</summary>
    public bool HasToken(string candidate) =>
        CryptographicOperations.FixedTimeEquals(_tokenBytes, Encoding.UTF8.GetBytes(candidate));

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
            _activities.Enqueue((sequence, activity.ToString(Formatting.None)));
            while (_activities.Count > _maxActivities)
            {
                _activities.Dequeue();
            }

            return id;
        }
    }

    /// <summary>The activities after <paramref name="watermark"/> and the watermark to ask with next time.</summary>
    public (IReadOnlyList<string> ActivitiesJson, long Watermark) ActivitiesAfter(long watermark)
    {
        lock (_gate)
        {
            var newer = _activities.Where(entry => entry.Sequence > watermark).Select(entry => entry.Json).ToList();
            return (newer, _lastSequence);
        }
    }
}
