using System.Net;
using System.Text.Json.Nodes;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Data;
using IntegrationBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntegrationBot.Tests.Reliability;

/// <summary>
/// The synopsis is validated at start-up, hot-reloaded when the file changes, and a broken edit never replaces the
/// synopsis in service. /healthz and /readyz report it.
/// </summary>
public sealed class SynopsisHotReloadTests : IDisposable
{
    private const string GoodSynopsis = "\n\nSynopse Integration\nOrga - Anbindung\t<p><u>Bielefeld:</u> Dezernat des Oberbürgermeisters</p> <p><u>Stuttgart:</u> Geschäftskreis</p>\n";
    private const string TwoAspects = GoodSynopsis + "Präambel\t<p><u>Stuttgart:</u> Stuttgart ist vielfältig.</p>\n";

    /// <summary>Row 5 has no tab between aspect and cell.</summary>
    private const string BrokenAtRow5 = GoodSynopsis + "Präambel ohne Tabulator\n";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _directory = Directory.CreateTempSubdirectory("synopsis-reload-").FullName;

    private string SynopsisPath => Path.Combine(_directory, "data", "synopsis.tsv");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Refuses_to_start_on_a_broken_synopsis_naming_row_and_reason()
    {
        WriteSynopsis(BrokenAtRow5);

        var failure = await Assert.ThrowsAsync<SynopsisFormatException>(async () =>
        {
            await using var host = await StartAsync();
        });

        Assert.Equal(5, failure.Row);
        Assert.Contains("Tabulator", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reloads_an_edited_synopsis_and_rebuilds_the_answer_service()
    {
        WriteSynopsis(GoodSynopsis);
        await using var host = await StartAsync();
        var answers = host.Services.GetRequiredService<IAnswerService>();
        Assert.Equal("1 Aspekte", answers.Welcome().Text);

        WriteSynopsis(TwoAspects);

        await Eventually(() => answers.Welcome().Text == "2 Aspekte");
        Assert.Equal(2, host.Services.GetRequiredService<ISynopsisProvider>().Current.Aspects.Count);
    }

    [Fact]
    public async Task Keeps_the_last_good_synopsis_when_an_edit_is_broken_and_logs_why()
    {
        WriteSynopsis(GoodSynopsis);
        await using var host = await StartAsync();
        var provider = host.Services.GetRequiredService<ISynopsisProvider>();

        WriteSynopsis(BrokenAtRow5);

        await Eventually(() => provider.Status.RefusedEditError is not null);
        Assert.Single(provider.Current.Aspects);
        Assert.Equal("1 Aspekte", host.Services.GetRequiredService<IAnswerService>().Welcome().Text);
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains("Zeile 5", StringComparison.Ordinal));

        using var ready = await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", report["checks"]!["synopsis"]!["status"]!.GetValue<string>());

        WriteSynopsis(TwoAspects);
        await Eventually(() => provider.Current.Aspects.Count == 2);
        Assert.Null(provider.Status.RefusedEditError);
    }

    [Fact]
    public async Task Health_endpoints_report_liveness_and_a_loaded_synopsis()
    {
        WriteSynopsis(GoodSynopsis);
        await using var host = await StartAsync();

        using var live = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var ready = await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", report["status"]!.GetValue<string>());
        Assert.Equal("1", report["checks"]!["synopsis"]!["aspects"]!.GetValue<string>());
    }

    [Fact]
    public async Task Keeps_the_previous_answer_service_when_the_factory_fails_on_a_new_synopsis()
    {
        WriteSynopsis(GoodSynopsis);
        await using var host = await StartAsync(document => document.Aspects.Count > 1
            ? throw new InvalidOperationException("cannot index this synopsis")
            : new TitleAnswerService(document));
        var answers = host.Services.GetRequiredService<IAnswerService>();

        WriteSynopsis(TwoAspects);

        await Eventually(() => host.Services.GetRequiredService<ISynopsisProvider>().Current.Aspects.Count == 2);
        await Eventually(() => host.Logs.Lines.Any(line => line.Contains("previous one stays in service", StringComparison.Ordinal)));
        Assert.Equal("1 Aspekte", answers.Welcome().Text);
    }

    private void WriteSynopsis(string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SynopsisPath)!);

        // Like an editor that saves atomically: write a temporary file, then move it over the synopsis.
        var temporary = SynopsisPath + ".tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, SynopsisPath, overwrite: true);
    }

    /// <summary>The real host over the scratch synopsis, with a stand-in answer service built by <paramref name="factory"/>.</summary>
    private Task<BotApplicationFactory> StartAsync(Func<SynopsisDocument, IAnswerService>? factory = null)
    {
        var host = new BotApplicationFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Synopsis:Path"] = SynopsisPath,
                ["Synopsis:Reload:DebounceMilliseconds"] = "100",
            },
            ConfigureServices = services =>
            {
                services.RemoveAll<Func<SynopsisDocument, IAnswerService>>();
                services.AddSingleton(factory ?? (document => new TitleAnswerService(document)));
            },
        };
        try
        {
            return Task.FromResult(host.Started());
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not become true in time.");
            await Task.Delay(50);
        }
    }

    /// <summary>Stands in for the real answer service: its welcome names how many aspects its synopsis had.</summary>
    private sealed class TitleAnswerService(SynopsisDocument document) : IAnswerService
    {
        public TurnOutcome Answer(string text, ConversationContext context, DateTimeOffset now) => throw new NotSupportedException();

        public Reply Welcome() => new($"{document.Aspects.Count} Aspekte", string.Empty, null);

        public Reply Error() => new("Fehler", string.Empty, null);

        public Reply AskForQuestion() => new("Frage?", string.Empty, null);
    }
}
