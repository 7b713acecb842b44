using System.Net.Http.Headers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.DependencyInjection;

namespace IntegrationBot.Benchmarks;

/// <summary>
/// One full turn of the real bot (recognition, repository, card, trace, state), in-process, with the host's own
/// registrations and shipped data: straight into the adapter, and through the whole HTTP pipeline (middleware,
/// rate limiting, routing) on an in-memory TestServer. deliveryMode expectReplies, a new conversation per call.
/// </summary>
[MemoryDiagnoser]
public class FullTurnBenchmarks
{
    private WebApplicationFactory<Program> factory = null!;
    private IBotFrameworkHttpAdapter adapter = null!;
    private IBot bot = null!;
    private HttpClient client = null!;
    private int conversation;

    [Params("Wo ist Integration in Stuttgart angebunden?", "Welche Städte haben eine Flüchtlingsberatung?")]
    public string Text { get; set; } = string.Empty;

    /// <summary>false: the host's performance options off (PerformanceOptions), i.e. the SDK's own per-turn work.</summary>
    [Params(false, true)]
    public bool HostOptimisations { get; set; }

    /// <summary>1: the shipped synopsis; 100: grown 100-fold (<see cref="LargerSynopsis"/>).</summary>
    [Params(1, 100)]
    public int SynopsisScale { get; set; }

    private string? synopsisPath;

    [GlobalSetup]
    public void Setup()
    {
        if (SynopsisScale > 1)
        {
            synopsisPath = Path.Combine(Path.GetTempPath(), $"integrationbot-synopsis-x{SynopsisScale}-{Environment.ProcessId}.tsv");
            LargerSynopsis.Write(synopsisPath, SynopsisScale);
        }

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            if (synopsisPath is not null)
            {
                builder.UseSetting("Synopsis:Path", synopsisPath);
            }

            builder.UseEnvironment("Production");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Performance:ClientCaching", HostOptimisations ? "true" : "false");
            builder.UseSetting("Performance:CompactResponses", HostOptimisations ? "true" : "false");
        });
        client = factory.CreateClient();
        adapter = factory.Services.GetRequiredService<IBotFrameworkHttpAdapter>();
        bot = factory.Services.GetRequiredService<IBot>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        factory.Dispose();
        if (synopsisPath is not null)
        {
            File.Delete(synopsisPath);
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<int> ThroughAdapter()
    {
        var context = TurnRequests.Create(Text, Interlocked.Increment(ref conversation));
        await adapter.ProcessAsync(context.Request, context.Response, bot).ConfigureAwait(false);
        return context.Response.StatusCode;
    }

    [Benchmark]
    public async Task<int> ThroughHttpPipeline()
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(TurnRequests.Json(Text, Interlocked.Increment(ref conversation))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return body.Length;
    }
}
