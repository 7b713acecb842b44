using IntegrationBot.Tests.Hosting;
using System.Globalization;
using System.Text;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// A synopsis written for a test (tsv format, see docs/synopsis-format.md): three cities none of which is in the seed,
/// and one entry long enough to be folded behind „Mehr anzeigen“.
/// </summary>
internal static class TestSynopsis
{
    public static readonly string[] Cities = ["Kiel", "Lübeck", "Flensburg"];

    public const string LongAspect = "Beratungsangebote";

    public const string ShortAspect = "Orga - Anbindung";

    public const string LongEntryCity = "Kiel";

    /// <summary>The last paragraph of the long entry: hidden until the entry is unfolded.</summary>
    public const string HiddenParagraph = "Abschluss: Die Beratungsstelle berichtet jährlich dem Rat über ihre Arbeit.";

    public static string Write()
    {
        var directory = Path.Combine(Path.GetTempPath(), "integrationbot-webchat-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "synopsis.tsv");
        var paragraphs = Enumerable.Range(1, 8)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"<p>Absatz {i}: Die Stadt bietet offene Sprechstunden, aufsuchende Beratung in den Stadtteilen und Beratung zu Sprachkursen, Arbeit und Wohnen an, jeweils mit Dolmetschdiensten.</p>"))
            .Append($"<p>{HiddenParagraph}</p>");
        var text = new StringBuilder()
            .Append('\n')
            .Append("Synopse Nord\n")
            .Append(ShortAspect).Append('\t').Append("<u>Kiel:</u><p>Dezernat für Soziales</p><u>Lübeck:</u><p>Bürgermeisterbüro</p><u>Flensburg:</u><p>Fachbereich Integration</p>\n")
            .Append(LongAspect).Append('\t').Append("<u>Kiel:</u>").Append(string.Concat(paragraphs)).Append("<u>Lübeck:</u><p>Eine Migrationsberatung im Rathaus.</p>\n");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }
}

/// <summary>One real bot on Kestrel for a test class, answering from <see cref="TestSynopsis"/>.</summary>
public sealed class TestSynopsisBotFixture : IAsyncLifetime
{
    private BotApplicationFactory? _factory;
    private IntranetPage? _intranet;
    private string? _synopsis;

    public Uri Address { get; private set; } = null!;

    public Uri IntranetAddress => _intranet!.Address;

    public async Task InitializeAsync()
    {
        _synopsis = TestSynopsis.Write();
        _intranet = await IntranetPage.StartAsync(() => IntranetPage.WithLauncher(Address));
        var settings = new Dictionary<string, string?>(WebChatSettings.LegalLinks)
        {
            ["Synopsis:Path"] = _synopsis,
            ["Synopsis:Reload:Enabled"] = "false",
            ["WebChat:FrameAncestors:0"] = _intranet.Origin,
        };
        _factory = KestrelBotFactory.Start(settings);
        Address = _factory.BaseAddress;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_intranet is not null)
        {
            await _intranet.DisposeAsync();
        }

        if (_synopsis is not null)
        {
            Directory.Delete(Path.GetDirectoryName(_synopsis)!, recursive: true);
        }
    }
}
