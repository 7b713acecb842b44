using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace IntegrationBot.Tests.Reliability.Support;

/// <summary>
/// The real bot exactly as Program.cs composes it (authentication, guards, state, hot reload, answers, Direct Line,
/// health), hosted in memory by <see cref="WebApplicationFactory{TEntryPoint}"/> with extra settings and captured logs.
/// </summary>
internal sealed class ProductionCompositionHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private ProductionCompositionHost(WebApplicationFactory<Program> factory, CollectingLoggerProvider logs)
    {
        _factory = factory;
        Logs = logs;
        Client = factory.CreateClient();
    }

    public HttpClient Client { get; }

    public CollectingLoggerProvider Logs { get; }

    public IServiceProvider Services => _factory.Services;

    public static Task<ProductionCompositionHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var logs = new CollectingLoggerProvider();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");

            // Host settings reach builder.Configuration before Program.cs reads it during registration.
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }

            web.ConfigureLogging(logging => logging.ClearProviders().AddProvider(logs));
        });
        return Task.FromResult(new ProductionCompositionHost(factory, logs));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync().ConfigureAwait(false);
    }
}
