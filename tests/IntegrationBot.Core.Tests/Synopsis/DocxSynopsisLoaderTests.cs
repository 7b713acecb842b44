using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Docx;
using static IntegrationBot.Core.Tests.Synopsis.OfficeFiles;

namespace IntegrationBot.Core.Tests.Synopsis;

public sealed class DocxSynopsisLoaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private SynopsisDocument Load(string path) => new DocxSynopsisLoader().Load(path).Document;

    private static Entry EntryOf(SynopsisDocument document, string city, string aspect) =>
        Assert.Single(document.Entries, e => e.City.Name == city && e.Aspect.Title == aspect);

    [Fact]
    public void Reads_the_grid_shape_with_title_lists_headings_and_empty_cells()
    {
        var path = Docx(_temp.File("grid.docx"), "Synopse Rheinland",
            Row(Cell(""), Cell("Köln"), Cell("Düsseldorf z.B."), Cell("Bonn")),
            Row(Cell("Orga - Anbindung"), Cell(P("Dezernat für Soziales, Integration und Umwelt")), Cell(P("Amt für Migration und Vielfalt")), Cell()),
            Row(
                Cell("Aufgaben"),
                Cell(P("Das Integrationszentrum bündelt:"), P(B("Zusammenfassung")), Item("Sprachförderung"), Item("Einbürgerung"), StyledItem("Flüchtlingsberatung"), P("- getippter Punkt")),
                Cell(Item("Beratung")),
                Cell(P("z.B.: Willkommenskultur"), P("Zweiter Absatz"))));

        var document = Load(path);

        Assert.Equal("Synopse Rheinland", document.Title);
        Assert.Equal(["Köln", "Düsseldorf", "Bonn"], document.Cities.Select(c => c.Name));
        Assert.Equal(["Orga - Anbindung", "Aufgaben"], document.Aspects.Select(a => a.Title));
        Assert.DoesNotContain(document.Entries, e => e.City.Name == "Bonn" && e.Aspect.Title == "Orga - Anbindung");
        Assert.True(EntryOf(document, "Düsseldorf", "Aufgaben").ExamplesOnly);
        Assert.False(EntryOf(document, "Köln", "Aufgaben").ExamplesOnly);
        Assert.Collection(
            EntryOf(document, "Köln", "Aufgaben").Blocks,
            b => Assert.Equal("Das Integrationszentrum bündelt:", Assert.IsType<Paragraph>(b).Text),
            b => Assert.Equal("Zusammenfassung", Assert.IsType<Subheading>(b).Text),
            b => Assert.Equal(["Sprachförderung", "Einbürgerung", "Flüchtlingsberatung", "getippter Punkt"], Assert.IsType<BulletList>(b).Items));
        var bonn = EntryOf(document, "Bonn", "Aufgaben");
        Assert.True(bonn.ExamplesOnly);
        Assert.Equal("Willkommenskultur\nZweiter Absatz", bonn.PlainText);
    }

    [Fact]
    public void Reads_seed_style_cells_with_underlined_city_markers()
    {
        var path = Docx(_temp.File("marker.docx"), null,
            Row(Cell("Synopse Westfalen")),
            Row(
                Cell("Orga-Struktur"),
                Cell(
                    P(U("Bielefeld:"), R(" Integration\" ist eine Querschnittsaufgabe.")),
                    P(U("Zusammenfassung")),
                    Item("RAA"),
                    Item("Interkulturelle Büros"),
                    P(U("Münster z.B."), R(": Kooperative Umsetzung")))));

        var document = Load(path);

        Assert.Equal("Synopse Westfalen", document.Title);
        Assert.Equal(["Bielefeld", "Münster"], document.Cities.Select(c => c.Name));
        Assert.Collection(
            EntryOf(document, "Bielefeld", "Orga-Struktur").Blocks,
            b => Assert.Equal("Integration\" ist eine Querschnittsaufgabe.", Assert.IsType<Paragraph>(b).Text),
            b => Assert.Equal("Zusammenfassung", Assert.IsType<Subheading>(b).Text),
            b => Assert.Equal(["RAA", "Interkulturelle Büros"], Assert.IsType<BulletList>(b).Items));
        var muenster = EntryOf(document, "Münster", "Orga-Struktur");
        Assert.True(muenster.ExamplesOnly);
        Assert.Equal("Kooperative Umsetzung", muenster.PlainText);
    }

    [Fact]
    public void Gives_merged_cells_to_every_city_and_aspect_they_span()
    {
        var path = Docx(_temp.File("merged.docx"), "T",
            Row(Cell(""), Cell("Kiel"), Cell("Lübeck"), Span(2, Cell("Rostock"))),
            Row(Cell("Anbindung"), Span(2, Cell("Gemeinsame Stabsstelle")), Cell("Teil eins"), Cell("Teil zwei")),
            Row(VMerge(true, Cell("Aufgaben")), Cell("Kiel eins"), VMerge(true, Cell("Lübeck für beide")), Cell(""), Cell("")),
            Row(VMerge(false, Cell()), Cell(""), VMerge(false, Cell()), Cell(""), Cell("")));

        var document = Load(path);

        Assert.Equal(["Kiel", "Lübeck", "Rostock"], document.Cities.Select(c => c.Name));
        Assert.Equal("Gemeinsame Stabsstelle", EntryOf(document, "Kiel", "Anbindung").PlainText);
        Assert.Equal("Gemeinsame Stabsstelle", EntryOf(document, "Lübeck", "Anbindung").PlainText);
        Assert.Equal("Teil eins\nTeil zwei", EntryOf(document, "Rostock", "Anbindung").PlainText);
        Assert.Equal(["Anbindung", "Aufgaben"], document.Aspects.Select(a => a.Title));
    }

    [Fact]
    public void Reads_rows_under_one_merged_aspect_cell_as_one_aspect_row()
    {
        var path = Docx(_temp.File("vmerge.docx"), "T",
            Row(Cell(""), Cell("Kiel"), Cell("Lübeck")),
            Row(VMerge(true, Cell("Aufgaben")), VMerge(true, Cell("Gemeinsam")), Cell("Erster Absatz")),
            Row(VMerge(false, Cell()), VMerge(false, Cell()), Cell("Zweiter Absatz")));

        var document = Load(path);

        Assert.Equal("Gemeinsam", EntryOf(document, "Kiel", "Aufgaben").PlainText);
        Assert.Equal("Erster Absatz\nZweiter Absatz", EntryOf(document, "Lübeck", "Aufgaben").PlainText);
    }

    [Fact]
    public void Two_rows_with_the_same_aspect_and_text_for_one_city_are_a_reported_conflict()
    {
        var path = Docx(_temp.File("conflict.docx"), "T",
            Row(Cell(""), Cell("Kiel")),
            Row(Cell("Aufgaben"), Cell("Eins")),
            Row(Cell("Aufgaben"), Cell("Zwei")));

        var error = Assert.Throws<SynopsisFormatException>(() => Load(path));
        Assert.Equal(3, error.Row);
        Assert.Equal("Tabelle 1, Spalte 2", error.Column);
        Assert.Contains("Doppelter Eintrag für Kiel / „Aufgaben“: steht schon in " + path + ", Zeile 2, Tabelle 1, Spalte 2", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_a_caption_row_merged_across_the_table_below_a_title_paragraph()
    {
        var path = Docx(_temp.File("caption.docx"), "Titel",
            Row(Span(3, Cell("Synoptische Darstellung, Stand 2024"))),
            Row(Cell(""), Cell("Kiel"), Cell("Lübeck")),
            Row(Cell("Anbindung"), Cell("Amt"), Cell("Dezernat")));

        var document = Load(path);

        Assert.Equal("Titel", document.Title);
        Assert.Equal(["Kiel", "Lübeck"], document.Cities.Select(c => c.Name));
    }

    [Fact]
    public void Keeps_a_long_list_with_umlauts_complete()
    {
        var items = Enumerable.Range(1, 60).Select(i => $"Maßnahme Nr. {i} für Zugewanderte in Groß-Gerau, Würzburg und Öhringen").ToArray();
        var path = Docx(_temp.File("long.docx"), "T",
            Row(Cell(""), Cell("Fürth")),
            Row(Cell("Angebote"), Cell([.. items.Select(Item)])));

        var list = Assert.IsType<BulletList>(Assert.Single(Assert.Single(Load(path).Entries).Blocks));
        Assert.Equal(items, list.Items);
    }

    [Theory]
    [InlineData("not-a-zip", 0, "kein lesbares Word-Dokument")]
    [InlineData("no-table", 0, "keine Tabelle")]
    [InlineData("empty-header", 1, "fehlt die Stadt")]
    [InlineData("duplicate-city", 1, "steht doppelt in der Kopfzeile")]
    [InlineData("text-before-marker", 2, "Text vor der ersten Stadtangabe")]
    [InlineData("missing-aspect", 3, "Der Aspekt in der ersten Spalte fehlt")]
    [InlineData("only-title", 0, "nur einen Titel")]
    public void Reports_broken_documents_with_file_row_and_column(string kind, int row, string reason)
    {
        var path = _temp.File(kind + ".docx");
        switch (kind)
        {
            case "not-a-zip":
                Text(path, "Das ist kein Word-Dokument.");
                break;
            case "no-table":
                Docx(path, "Nur ein Absatz");
                break;
            case "empty-header":
                Docx(path, "T", Row(Cell(""), Cell("Kiel"), Cell("")), Row(Cell("A"), Cell("x"), Cell("verwaist")));
                break;
            case "duplicate-city":
                Docx(path, "T", Row(Cell(""), Cell("Kiel"), Cell("Kiel")), Row(Cell("A"), Cell("x"), Cell("y")));
                break;
            case "text-before-marker":
                Docx(path, null, Row(Cell("Titel")), Row(Cell("A"), Cell(P("Text ohne Stadt"), P(U("Kiel:"), R(" x")))));
                break;
            case "missing-aspect":
                Docx(path, "T", Row(Cell(""), Cell("Kiel")), Row(Cell("A"), Cell("x")), Row(Cell(""), Cell("ohne Aspekt")));
                break;
            default:
                Docx(path, null, Row(Cell("Nur ein Titel")));
                break;
        }

        var error = Assert.Throws<SynopsisFormatException>(() => Load(path));

        Assert.Equal(path, error.SourceName);
        Assert.Equal(row, error.Row);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        if (row > 0)
        {
            Assert.StartsWith("Tabelle 1, Spalte ", error.Column, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Names_the_column_of_the_offending_cell()
    {
        var path = Docx(_temp.File("column.docx"), "T", Row(Cell(""), Cell("Kiel"), Cell("")), Row(Cell("A"), Cell("x"), Cell("verwaist")));
        Assert.Equal("Tabelle 1, Spalte 3", Assert.Throws<SynopsisFormatException>(() => Load(path)).Column);
    }
}
