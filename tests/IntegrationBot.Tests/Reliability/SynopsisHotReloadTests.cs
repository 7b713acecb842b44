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

    [Fact]
    public async Task A_file_still_being_written_is_not_taken_half_written()
    {
        WriteSynopsis(Synopsis(aspects: 4));
        await using var host = await StartAsync(debounceMilliseconds: 300);
        var provider = host.Services.GetRequiredService<ISynopsisProvider>();
        var complete = Synopsis(aspects: 12);
        var cut = complete.IndexOf("Aspekt 8\t", StringComparison.Ordinal);
        var seen = new System.Collections.Concurrent.ConcurrentBag<int>();
        using var watching = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            while (!watching.IsCancellationRequested)
            {
                seen.Add(provider.Current.Aspects.Count);
                await Task.Delay(20);
            }
        });

        // A slow copy in place: 7 complete rows, a pause longer than the quiet period, then the rest.
        await using (var file = new FileStream(SynopsisPath, FileMode.Create, FileAccess.Write, FileShare.ReadWrite))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(complete);
            var head = System.Text.Encoding.UTF8.GetByteCount(complete[..cut]);
            await file.WriteAsync(bytes.AsMemory(0, head));
            await file.FlushAsync();
            await Task.Delay(450);
            await file.WriteAsync(bytes.AsMemory(head));
        }

        await Eventually(() => provider.Current.Aspects.Count == 12);
        await watching.CancelAsync();
        await watcher;
        Assert.DoesNotContain(7, seen);
        Assert.DoesNotContain(0, seen);
    }

    [Fact]
    public async Task An_edit_that_loses_most_aspects_is_held_back_reported_and_taken_once_confirmed()
    {
        WriteSynopsis(Synopsis(aspects: 12));
        await using var host = await StartAsync();
        var provider = host.Services.GetRequiredService<ISynopsisProvider>();

        // Cut at a line boundary: perfectly loadable, but 9 of 12 aspects are gone.
        WriteSynopsis(Synopsis(aspects: 3));

        await Eventually(() => provider.Status.HeldEditReason is not null);
        Assert.Equal(12, provider.Current.Aspects.Count);
        Assert.Contains(host.Logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("held back as suspicious", StringComparison.Ordinal) && line.Contains(".confirm", StringComparison.Ordinal));
        using (var ready = await host.Client.GetAsync(new Uri("/readyz", UriKind.Relative)))
        {
            var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
            Assert.Equal("Degraded", report["checks"]!["synopsis"]!["status"]!.GetValue<string>());
            Assert.Contains("held back", report["checks"]!["synopsis"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        await File.WriteAllTextAsync(SynopsisPath + ".confirm", "bestätigt");

        await Eventually(() => provider.Current.Aspects.Count == 3);
        Assert.Null(provider.Status.HeldEditReason);
        Assert.False(File.Exists(SynopsisPath + ".confirm"));
    }

    [Fact]
    public async Task A_held_back_edit_is_forgotten_when_the_file_is_corrected()
    {
        WriteSynopsis(Synopsis(aspects: 12));
        await using var host = await StartAsync();
        var provider = host.Services.GetRequiredService<ISynopsisProvider>();
        WriteSynopsis(Synopsis(aspects: 12, cities: 1));
        await Eventually(() => provider.Status.HeldEditReason is not null);

        WriteSynopsis(Synopsis(aspects: 11));

        await Eventually(() => provider.Current.Aspects.Count == 11);
        Assert.Null(provider.Status.HeldEditReason);
    }

    /// <summary>A synopsis of <paramref name="aspects"/> rows, each naming the first <paramref name="cities"/> of four cities.</summary>
    private static string Synopsis(int aspects, int cities = 4)
    {
        string[] names = ["Bielefeld", "Frankfurt", "Stuttgart", "München"];
        var text = new System.Text.StringBuilder("Synopse Integration\n");
        for (var i = 1; i <= aspects; i++)
        {
            text.Append("Aspekt ").Append(i).Append('\t');
            foreach (var city in names.Take(cities))
            {
                text.Append("<p><u>").Append(city).Append(":</u> Eintrag ").Append(i).Append("</p> ");
            }

            text.Append('\n');
        }

        return text.ToString();
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
    private Task<BotApplicationFactory> StartAsync(Func<SynopsisDocument, IAnswerService>? factory = null, int debounceMilliseconds = 100)
    {
        var host = new BotApplicationFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Synopsis:Path"] = SynopsisPath,
                ["Synopsis:Reload:DebounceMilliseconds"] = debounceMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
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

        public Core.Answers.Lookup.LookupPage Lookup(string? query, int skip, int count, DateTimeOffset now) => throw new NotSupportedException();

        public Core.Answers.Lookup.LookupItem? LookupSelected(string? key, DateTimeOffset now) => throw new NotSupportedException();

        public Reply AskForQuestion() => new("Frage?", string.Empty, null);
    }
}
