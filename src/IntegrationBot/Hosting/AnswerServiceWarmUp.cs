using IntegrationBot.Core.Answers;

namespace IntegrationBot.Hosting;

/// <summary>
/// Builds the answer service (synopsis, lexicon, card templates) while the host starts, so that a broken data file
/// stops the start with its own message in the log, and the first question is not the one that pays for loading.
/// </summary>
public sealed class AnswerServiceWarmUp(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IAnswerService>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
