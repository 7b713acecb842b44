using System.Text;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Tsv;

namespace IntegrationBot.Core.Tests.Synopsis;

public sealed class TsvSynopsisParserTests
{
    private static SynopsisDocument ParseCell(string cell) =>
        new TsvSynopsisParser().Parse($"\n\nTitel\n\nAspekt\t{cell}\n", "test.tsv").Document;

    private static Entry Single(string cell) => Assert.Single(ParseCell(cell).Entries);

    [Theory]
    [InlineData("<p><u>München z.B.:</u> Text</p>", "München", true)]
    [InlineData("<p><u>München z. B.:</u> Text</p>", "München", true)]
    [InlineData("<p><u>München (z.B.):</u> Text</p>", "München", true)]
    [InlineData("<p><u>Bad Homburg v. d. Höhe:</u> Text</p>", "Bad Homburg v. d. Höhe", false)]
    [InlineData("<p><u>Frankfurt am Main:</u> Text</p>", "Frankfurt am Main", false)]
    [InlineData("<p><u> Köln :</u> Text</p>", "Köln", false)]
    [InlineData("<p><u>Münster</u>: Text</p>", "Münster", false)]
    public void Reads_city_markers_with_canonical_names(string cell, string city, bool examplesOnly)
    {
        var entry = Single(cell);
        Assert.Equal(city, entry.City.Name);
        Assert.Equal(examplesOnly, entry.ExamplesOnly);
        Assert.Equal("Text", Assert.IsType<Paragraph>(Assert.Single(entry.Blocks)).Text);
    }

    [Theory]
    [InlineData("<p><u>Stadt:</u></p> <p><u>Zusammenfassung</u></p>", "Zusammenfassung")]
    [InlineData("<p><u>Stadt:</u></p> <p> <b><u>Ziele</u></b> </p>", "Ziele")]
    public void Reads_an_underline_standing_alone_as_subheading(string cell, string heading)
    {
        Assert.Equal(heading, Assert.IsType<Subheading>(Assert.Single(Single(cell).Blocks)).Text);
    }

    [Fact]
    public void Keeps_an_inline_underline_as_paragraph_text()
    {
        var entry = Single("<p><u>Stadt:</u> Das <u>Amt</u> berät.</p>");
        Assert.Equal("Das Amt berät.", Assert.IsType<Paragraph>(Assert.Single(entry.Blocks)).Text);
    }

    [Theory]
    [InlineData("<p><u>Stadt:</u></p><ul><li>eins</li><li>zwei - mit Strich</li></ul>", new[] { "eins", "zwei - mit Strich" })]
    [InlineData("<p><u>Stadt:</u></p><ul> - Eins, - Zwei - Drei", new[] { "Eins", "Zwei", "Drei" })]
    [InlineData("<p><u>Stadt:</u></p><ul> - Eins - ein Beispiel - Zwei.", new[] { "Eins - ein Beispiel", "Zwei." })]
    [InlineData("<p><u>Stadt:</u></p><ul> - eins - zwei, - Drei", new[] { "eins", "zwei", "Drei" })]
    public void Reads_lists_from_li_items_and_dash_separated_text(string cell, string[] items)
    {
        Assert.Equal(items, Assert.IsType<BulletList>(Assert.Single(Single(cell).Blocks)).Items);
    }

    [Fact]
    public void An_unclosed_list_ends_at_the_next_city()
    {
        var document = ParseCell("<p><u>A:</u></p><ul> - a1 - a2 <p><u>B:</u></p><ul> - b1");
        Assert.Equal(["A", "B"], document.Cities.Select(c => c.Name));
        Assert.Equal(["a1", "a2"], Assert.IsType<BulletList>(Assert.Single(document.Entries[0].Blocks)).Items);
        Assert.Equal(["b1"], Assert.IsType<BulletList>(Assert.Single(document.Entries[1].Blocks)).Items);
    }

    [Fact]
    public void Text_after_a_list_becomes_a_paragraph_in_order()
    {
        var entry = Single("<p><u>A:</u> Vorher</p><ul><li>x</li></ul><p>Nachher</p>");
        Assert.Collection(
            entry.Blocks,
            b => Assert.Equal("Vorher", Assert.IsType<Paragraph>(b).Text),
            b => Assert.Equal(["x"], Assert.IsType<BulletList>(b).Items),
            b => Assert.Equal("Nachher", Assert.IsType<Paragraph>(b).Text));
    }

    [Fact]
    public void Normalises_whitespace_entities_and_keeps_stray_quotes()
    {
        var entry = Single("<p><u>A:</u>  Integration\"  ist\u00a0&amp;\t bleibt&nbsp;„wichtig</p>");
        Assert.Equal("Integration\" ist & bleibt „wichtig", Assert.IsType<Paragraph>(Assert.Single(entry.Blocks)).Text);
    }

    [Fact]
    public void Trims_aspect_titles_but_keeps_their_spelling()
    {
        var document = new TsvSynopsisParser().Parse("T\n  Orga - Anbindung \t<p><u>A:</u> x</p>\nOrga-Struktur\t<p><u>A:</u> y</p>", "t.tsv").Document;
        Assert.Equal(["Orga - Anbindung", "Orga-Struktur"], document.Aspects.Select(a => a.Title));
    }

    [Fact]
    public void A_marker_without_text_registers_the_city_without_an_entry()
    {
        var document = ParseCell("<p><u>A:</u></p><p><u>B:</u> Text</p>");
        Assert.Equal(["A", "B"], document.Cities.Select(c => c.Name));
        Assert.Equal("B", Assert.Single(document.Entries).City.Name);
    }

    [Fact]
    public void An_empty_cell_adds_the_aspect_without_entries()
    {
        var document = new TsvSynopsisParser().Parse("T\nLeer\t\nVoll\t<p><u>A:</u> x</p>", "t.tsv").Document;
        Assert.Equal(["Leer", "Voll"], document.Aspects.Select(a => a.Title));
        Assert.Equal("Voll", Assert.Single(document.Entries).Aspect.Title);
    }

    [Fact]
    public void Reads_windows_line_endings_and_a_byte_order_mark()
    {
        var path = System.IO.Path.GetTempFileName() + ".tsv";
        File.WriteAllText(path, "\r\nTitel\r\nA\t<p><u>X:</u> y</p>\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            var document = new TsvSynopsisParser().Load(path).Document;
            Assert.Equal("Titel", document.Title);
            Assert.Equal("y", Assert.IsType<Paragraph>(Assert.Single(Assert.Single(document.Entries).Blocks)).Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("", 0, "leer")]
    [InlineData("\n\n   \n", 0, "leer")]
    [InlineData("Titel\n\n", 1, "keine einzige Zeile")]
    [InlineData("A\t<p><u>X:</u> y</p>", 1, "Titelzeile fehlt")]
    [InlineData("\nTitel\nAspekt ohne Tabulator", 3, "Tabulator fehlt")]
    [InlineData("Titel\nA\t<p>Text ohne Stadt</p>", 2, "Text vor der ersten Stadtangabe")]
    [InlineData("Titel\nA\tnackter Text <p><u>X:</u> y</p>", 2, "Text vor der ersten Stadtangabe")]
    [InlineData("Titel\nA\t<p><u>Zusammenfassung</u></p>", 2, "Text vor der ersten Stadtangabe")]
    [InlineData("Titel\nA\t<p><u>X:</u> a</p>\nB\t<ul><li>x</li></ul>", 3, "Text vor der ersten Stadtangabe")]
    [InlineData("Titel\nA\t<p><u>X:</u> a</p> <p><u>X:</u> b</p>", 2, "Doppelter Eintrag für X / „A“")]
    [InlineData("Titel\nA\t<p><u>X:</u> a</p>\n\nA\t<p><u>X z.B.:</u> b</p>", 4, "steht schon in t.tsv, Zeile 2")]
    [InlineData("Titel\n \t<p><u>X:</u> a</p>", 2, "Aspekt vor dem Tabulator ist leer")]
    [InlineData("Titel\nA\t<p><u> z.B.:</u> a</p>", 2, "Leere Stadtangabe")]
    public void Reports_malformed_input_with_row_and_reason(string text, int row, string reason)
    {
        var error = Assert.Throws<SynopsisFormatException>(() => new TsvSynopsisParser().Parse(text, "t.tsv"));
        Assert.Equal("t.tsv", error.SourceName);
        Assert.Equal(row, error.Row);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("t.tsv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_an_unreadable_file()
    {
        var directory = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var error = Assert.Throws<SynopsisFormatException>(() => new TsvSynopsisParser().Load(directory));
            Assert.Equal(directory, error.SourceName);
            Assert.Contains("kann nicht gelesen werden", error.Reason, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory);
        }
    }

    [Fact]
    public void Reports_a_file_that_is_not_utf8()
    {
        var path = System.IO.Path.GetTempFileName();
        File.WriteAllBytes(path, [.. "Titel\nA\t<p><u>M"u8, 0xFC, .. "nster:</u> x</p>"u8]);
        try
        {
            var error = Assert.Throws<SynopsisFormatException>(() => new TsvSynopsisParser().Load(path));
            Assert.Contains("UTF-8", error.Reason, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
