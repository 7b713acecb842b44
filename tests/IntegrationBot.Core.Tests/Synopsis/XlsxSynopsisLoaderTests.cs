using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Xlsx;
using static IntegrationBot.Core.Tests.Synopsis.OfficeFiles;

namespace IntegrationBot.Core.Tests.Synopsis;

public sealed class XlsxSynopsisLoaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static SynopsisDocument Load(string path) => new XlsxSynopsisLoader().Load(path).Document;

    private static Entry EntryOf(SynopsisDocument document, string city, string aspect) =>
        Assert.Single(document.Entries, e => e.City.Name == city && e.Aspect.Title == aspect);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_the_grid_shape_from_shared_or_inline_strings(bool inlineStrings)
    {
        var path = Xlsx(_temp.File("grid.xlsx"), new Dictionary<string, string>
        {
            ["A1"] = "Synopse Süd",
            ["A2"] = "Aspekt", ["B2"] = "Nürnberg", ["C2"] = "Würzburg z.B.", ["D2"] = "Fürth",
            ["A3"] = "Orga - Anbindung", ["B3"] = "Referat für Jugend, Familie und Soziales", ["D3"] = "z.B.:\nIntegrationsbüro",
            ["A4"] = "Aufgaben", ["B4"] = "Das Büro bündelt:\n# Zusammenfassung\n- Sprachkurse\n• Beratung\nNachsatz", ["C4"] = "- Beratung",
        }, merges: ["A1:D1"], inlineStrings: inlineStrings);

        var document = Load(path);

        Assert.Equal("Synopse Süd", document.Title);
        Assert.Equal(["Nürnberg", "Würzburg", "Fürth"], document.Cities.Select(c => c.Name));
        Assert.Equal(["Orga - Anbindung", "Aufgaben"], document.Aspects.Select(a => a.Title));
        Assert.Equal(4, document.Entries.Count);
        Assert.True(EntryOf(document, "Fürth", "Orga - Anbindung").ExamplesOnly);
        Assert.Equal("Integrationsbüro", EntryOf(document, "Fürth", "Orga - Anbindung").PlainText);
        Assert.True(EntryOf(document, "Würzburg", "Aufgaben").ExamplesOnly);
        Assert.Collection(
            EntryOf(document, "Nürnberg", "Aufgaben").Blocks,
            b => Assert.Equal("Das Büro bündelt:", Assert.IsType<Paragraph>(b).Text),
            b => Assert.Equal("Zusammenfassung", Assert.IsType<Subheading>(b).Text),
            b => Assert.Equal(["Sprachkurse", "Beratung"], Assert.IsType<BulletList>(b).Items),
            b => Assert.Equal("Nachsatz", Assert.IsType<Paragraph>(b).Text));
    }

    [Fact]
    public void Reads_seed_style_cells_with_city_lines_and_uses_the_file_name_without_a_title_row()
    {
        var path = Xlsx(_temp.File("Westfalen.xlsx"), new Dictionary<string, string>
        {
            ["A1"] = "Orga - Anbindung", ["B1"] = "Bielefeld: Dezernat des Oberbürgermeisters\nMünster z.B.:\n- Kooperative Umsetzung",
            ["A2"] = "Orga-Struktur", ["B2"] = "Bielefeld: Integration\" ist Querschnittsaufgabe.",
        });

        var document = Load(path);

        Assert.Equal("Westfalen", document.Title);
        Assert.Equal(["Bielefeld", "Münster"], document.Cities.Select(c => c.Name));
        Assert.True(EntryOf(document, "Münster", "Orga - Anbindung").ExamplesOnly);
        Assert.Equal(["Kooperative Umsetzung"], Assert.IsType<BulletList>(Assert.Single(EntryOf(document, "Münster", "Orga - Anbindung").Blocks)).Items);
        Assert.Equal("Integration\" ist Querschnittsaufgabe.", EntryOf(document, "Bielefeld", "Orga-Struktur").PlainText);
    }

    [Fact]
    public void Gives_a_merged_range_to_every_city_it_spans()
    {
        var path = Xlsx(_temp.File("merged.xlsx"), new Dictionary<string, string>
        {
            ["A1"] = "T",
            ["B2"] = "Kiel", ["C2"] = "Lübeck", ["D2"] = "Flensburg",
            ["A3"] = "Anbindung", ["B3"] = "Gemeinsame Stabsstelle", ["D3"] = "Eigenes Amt",
        }, merges: ["A1:D1", "B3:C3"]);

        var document = Load(path);

        Assert.Equal("Gemeinsame Stabsstelle", EntryOf(document, "Kiel", "Anbindung").PlainText);
        Assert.Equal("Gemeinsame Stabsstelle", EntryOf(document, "Lübeck", "Anbindung").PlainText);
        Assert.Equal("Eigenes Amt", EntryOf(document, "Flensburg", "Anbindung").PlainText);
    }

    [Fact]
    public void Reads_a_wide_sheet_beyond_column_Z()
    {
        var cells = new Dictionary<string, string> { ["A1"] = "T", ["A3"] = "Aspekt eins" };
        var letters = Enumerable.Range(1, 40).Select(ColumnLetters).ToArray();
        foreach (var (letter, i) in letters.Select((l, i) => (l, i)))
        {
            cells[$"{letter}2"] = $"Stadt {i}";
            cells[$"{letter}3"] = $"Eintrag {i}";
        }

        var document = Load(Xlsx(_temp.File("wide.xlsx"), cells));

        Assert.Equal(40, document.Cities.Count);
        Assert.Equal("Eintrag 39", EntryOf(document, "Stadt 39", "Aspekt eins").PlainText);
    }

    [Theory]
    [InlineData("not-a-zip", 0, null, "keine lesbare Excel-Arbeitsmappe")]
    [InlineData("empty", 0, "Blatt „Synopse“", "Die Tabelle ist leer")]
    [InlineData("duplicate-city", 2, "Blatt „Synopse“, Spalte C", "„Kiel“ steht doppelt")]
    [InlineData("empty-header", 2, "Blatt „Synopse“, Spalte C", "fehlt die Stadt")]
    [InlineData("missing-aspect", 4, "Blatt „Synopse“, Spalte A", "Spalte B enthält Text")]
    [InlineData("text-before-marker", 1, "Blatt „Synopse“, Spalte B", "Text vor der ersten Stadtangabe")]
    [InlineData("duplicate-entry", 1, "Blatt „Synopse“, Spalte B", "Doppelter Eintrag für Kiel")]
    public void Reports_broken_workbooks_with_sheet_row_and_column(string kind, int row, string? column, string reason)
    {
        var path = _temp.File(kind + ".xlsx");
        _ = kind switch
        {
            "not-a-zip" => Text(path, "a;b;c"),
            "empty" => Xlsx(path, new Dictionary<string, string>()),
            "duplicate-city" => Xlsx(path, new Dictionary<string, string> { ["A1"] = "T", ["B2"] = "Kiel", ["C2"] = "Kiel", ["A3"] = "A", ["B3"] = "x" }),
            "empty-header" => Xlsx(path, new Dictionary<string, string> { ["A1"] = "T", ["B2"] = "Kiel", ["A3"] = "A", ["B3"] = "x", ["C3"] = "verwaist" }),
            "missing-aspect" => Xlsx(path, new Dictionary<string, string> { ["A1"] = "T", ["B2"] = "Kiel", ["A3"] = "A", ["B3"] = "x", ["B4"] = "ohne Aspekt" }),
            "text-before-marker" => Xlsx(path, new Dictionary<string, string> { ["A1"] = "A", ["B1"] = "Ohne Stadt vorneweg, viel Text\nKiel: x" }),
            _ => Xlsx(path, new Dictionary<string, string> { ["A1"] = "A", ["B1"] = "Kiel: eins\nKiel: zwei" }),
        };

        var error = Assert.Throws<SynopsisFormatException>(() => Load(path));

        Assert.Equal(path, error.SourceName);
        Assert.Equal(row, error.Row);
        if (column is not null)
        {
            Assert.Equal(column, error.Column);
        }

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    private static string ColumnLetters(int index)
    {
        var label = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            label = (char)('A' + ((n - 1) % 26)) + label;
        }

        return label;
    }
}
