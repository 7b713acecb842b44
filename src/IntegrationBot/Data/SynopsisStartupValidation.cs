using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Data;

/// <summary>
/// Loads the synopsis while the host starts, so a broken file stops the start (naming file, row and reason) instead of
/// failing the first user's question.
/// </summary>
public sealed partial class SynopsisStartupValidation : IHostedService
{
    private readonly IServiceProvider _services;
    private readonly ILogger<SynopsisStartupValidation> _logger;

    public SynopsisStartupValidation(IServiceProvider services, ILogger<SynopsisStartupValidation> logger)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(logger);
        _services = services;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _ = _services.GetRequiredService<ISynopsisProvider>().Current;
        }
        catch (SynopsisFormatException ex)
        {
            LogRefusedToStart(ex.SourceName, ex.Row, ex.Reason);
            throw;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to start: the synopsis {Source} is broken at row {Row}: {Reason}")]
    private partial void LogRefusedToStart(string source, int row, string reason);
}
