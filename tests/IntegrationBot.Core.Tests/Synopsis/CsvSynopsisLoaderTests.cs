using System.Text;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Csv;
using static IntegrationBot.Core.Tests.Synopsis.OfficeFiles;

namespace IntegrationBot.Core.Tests.Synopsis;

public sealed class CsvSynopsisLoaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static SynopsisDocument Load(string path) => new CsvSynopsisLoader().Load(path).Document;

    private static Entry EntryOf(SynopsisDocument document, string city, string aspect) =>
        Assert.Single(document.Entries, e => e.City.Name == city && e.Aspect.Title == aspect);

    [Theory]
    [InlineData(";")]
    [InlineData(",")]
    [InlineData("\t")]
    public void Reads_the_grid_shape_with_any_common_separator(string separator)
    {
        var lines = new string[][]
        {
            ["Synopse Nord", "", ""],
            ["Aspekt", "Kiel", "Lübeck z.B."],
            ["Orga - Anbindung", "Amt für Soziale Dienste", ""],
            ["Aufgaben", "\"Berät:\n- Zugewanderte\n- Ämter\"", "- Netzwerk"],
        }.Select(fields => string.Join(separator, fields));
        var path = Text(_temp.File("grid.csv"), string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(true));

        var document = Load(path);

        Assert.Equal("Synopse Nord", document.Title);
        Assert.Equal(["Kiel", "Lübeck"], document.Cities.Select(c => c.Name));
        Assert.Equal(3, document.Entries.Count);
        Assert.Collection(
            EntryOf(document, "Kiel", "Aufgaben").Blocks,
            b => Assert.Equal("Berät:", Assert.IsType<Paragraph>(b).Text),
            b => Assert.Equal(["Zugewanderte", "Ämter"], Assert.IsType<BulletList>(b).Items));
        Assert.True(EntryOf(document, "Lübeck", "Aufgaben").ExamplesOnly);
    }

    [Fact]
    public void Reads_seed_style_cells()
    {
        var path = Text(_temp.File("marker.csv"), "Titel\nOrga - Anbindung;\"Bielefeld: Dezernat des Oberbürgermeisters\nFrankfurt: Dezernat Integration\"\n");

        var document = Load(path);

        Assert.Equal(["Bielefeld", "Frankfurt"], document.Cities.Select(c => c.Name));
        Assert.Equal("Dezernat Integration", EntryOf(document, "Frankfurt", "Orga - Anbindung").PlainText);
    }

    [Theory]
    [InlineData("empty", "", 0, "leer")]
    [InlineData("unclosed-quote", "T;;\nAspekt;Kiel;Kiel2\nA;\"offen;x\nB;y;z\n", 3, "fehlerhaft")]
    [InlineData("missing-aspect", "T;\nAspekt;Kiel\nA;x\n;ohne Aspekt\n", 4, "Der Aspekt in der ersten Spalte fehlt")]
    public void Reports_broken_csv_with_row(string kind, string content, int row, string reason)
    {
        var path = Text(_temp.File(kind + ".csv"), content);

        var error = Assert.Throws<SynopsisFormatException>(() => Load(path));

        Assert.Equal(row, error.Row);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_file_saved_as_windows_1252_instead_of_utf8()
    {
        var path = _temp.File("ansi.csv");
        File.WriteAllBytes(path, [.. "T;\nAspekt;M"u8, 0xFC, .. "nchen\n"u8]);

        var error = Assert.Throws<SynopsisFormatException>(() => Load(path));

        Assert.Contains("CSV UTF-8", error.Reason, StringComparison.Ordinal);
    }
}
