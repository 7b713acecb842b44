using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Answers.Lookup;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;
using Microsoft.Extensions.Primitives;

namespace IntegrationBot.Data;

/// <summary>
/// The <see cref="IAnswerService"/> the bot uses: it builds the real answer service (repository, recogniser, search
/// index, cards) from the current synopsis through the registered factory, and rebuilds it when the synopsis changes.
/// The new service is built completely before it is swapped in with one reference write, so every call sees either the
/// old or the new synopsis, never a mixture. If building fails, the old service stays.
/// </summary>
public sealed partial class ReloadingAnswerService : IAnswerService, IDisposable
{
    private readonly ISynopsisProvider _synopsis;
    private readonly Func<SynopsisDocument, IAnswerService> _factory;
    private readonly ILogger<ReloadingAnswerService> _logger;
    private readonly IDisposable _subscription;
    private IAnswerService _current;

    public ReloadingAnswerService(ISynopsisProvider synopsis, Func<SynopsisDocument, IAnswerService> factory, ILogger<ReloadingAnswerService> logger)
    {
        ArgumentNullException.ThrowIfNull(synopsis);
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(logger);
        _synopsis = synopsis;
        _factory = factory;
        _logger = logger;
        _current = factory(synopsis.Current);
        _subscription = ChangeToken.OnChange(synopsis.GetChangeToken, Rebuild);
    }

    /// <summary>The service in use right now (one consistent synopsis).</summary>
    public IAnswerService Current => Volatile.Read(ref _current);

    public TurnOutcome Answer(string text, ConversationContext context, DateTimeOffset now) => Current.Answer(text, context, now);

    public Reply Welcome() => Current.Welcome();

    public Reply Error() => Current.Error();

    public LookupPage Lookup(string? query, int skip, int count, DateTimeOffset now) => Current.Lookup(query, skip, count, now);

    public LookupItem? LookupSelected(string? key, DateTimeOffset now) => Current.LookupSelected(key, now);

    public Reply AskForQuestion() => Current.AskForQuestion();

    public void Dispose()
    {
        _subscription.Dispose();
        (Volatile.Read(ref _current) as IDisposable)?.Dispose();
    }

    private void Rebuild()
    {
        IAnswerService rebuilt;
        try
        {
            rebuilt = _factory(_synopsis.Current);
        }
#pragma warning disable CA1031 // A synopsis the answer service cannot be built from must not take the bot down.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogRebuildFailed(ex);
            return;
        }

        // Turns already running finish on the previous service; new turns get the rebuilt one.
        Volatile.Write(ref _current, rebuilt);
        LogRebuilt();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answer service rebuilt from the reloaded synopsis.")]
    private partial void LogRebuilt();

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not build the answer service from the reloaded synopsis; the previous one stays in service.")]
    private partial void LogRebuildFailed(Exception exception);
}
