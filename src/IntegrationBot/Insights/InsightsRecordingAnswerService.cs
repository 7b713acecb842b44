using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Answers.Lookup;
using IntegrationBot.Core.Insights;
using IntegrationBot.Core.Understanding;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Insights;

/// <summary>
/// Wraps the answer service: while "Insights:Enabled" is true, after each answered message, the turn's anonymous counters go to the insight store. Only
/// the recognition is looked at — never the activity, so no user, conversation or address can reach the store. Recording
/// runs in the background and never delays or fails a turn; a failure is logged without any message content.
/// </summary>
public sealed partial class InsightsRecordingAnswerService(IAnswerService inner, Lazy<IInsightStore> store, IOptions<InsightsOptions> options, TimeProvider time, ILogger<InsightsRecordingAnswerService> logger)
    : IAnswerService
{
    private readonly object _chainLock = new();
    private Task _last = Task.CompletedTask;

    public TurnOutcome Answer(string text, ConversationContext context, DateTimeOffset now)
    {
        var outcome = inner.Answer(text, context, now);
        if (!options.Value.Enabled)
        {
            return outcome;
        }

        var policy = options.Value.Policy;
        var day = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var observations = outcome.MoreParts.Select(static p => p.Recognition).Prepend(outcome.Recognition)
            .Select(r => InsightObserver.Observe(r, policy)).ToList();
        _ = RecordAsync(day, observations);
        return outcome;
    }

    /// <summary>The wrapped service (the reloading one in production).</summary>
    public IAnswerService Inner => inner;

    public Reply Welcome() => inner.Welcome();

    public Reply Error() => inner.Error();

    public Reply AskForQuestion() => inner.AskForQuestion();

    // Message-extension lookups are not chat questions: they are not counted.
    public LookupPage Lookup(string? query, int skip, int count, DateTimeOffset now) => inner.Lookup(query, skip, count, now);

    public LookupItem? LookupSelected(string? key, DateTimeOffset now) => inner.LookupSelected(key, now);

    /// <summary>For tests and shutdown: waits until every recording started so far is stored.</summary>
    public Task Flushed => Volatile.Read(ref _last);

    private Task RecordAsync(DateOnly day, IReadOnlyList<InsightObservation> observations)
    {
        // Chained, so one instance writes its counters in order and a test can wait for the last one.
        lock (_chainLock)
        {
            var previous = _last;
            var next = Task.Run(async () =>
            {
                await previous.ConfigureAwait(false);
                try
                {
                    foreach (var observation in observations)
                    {
                        await store.Value.RecordAsync(day, observation).ConfigureAwait(false);
                    }
                }
#pragma warning disable CA1031 // Insights are best effort: a full disk or a Redis outage must not touch the conversation.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogRecordFailed(ex.GetType().Name);
                }
            });
            Volatile.Write(ref _last, next);
            return next;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Insight counters could not be stored ({ErrorType}).")]
    private partial void LogRecordFailed(string errorType);
}
