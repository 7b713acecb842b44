using System.Net;
using System.Text.RegularExpressions;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Tests.Synopsis;

public sealed partial class SeedSynopsisTests
{
    private const string Anbindung = "Orga - Anbindung";
    private const string Struktur = "Orga-Struktur";
    private const string Praeambel = "Präambel zur Integrationspolitik";
    private const string Aufgaben = "Aufgaben und Arbeitsweise der zuständigen Dienststelle";

    [Fact]
    public void Reads_the_title_line_after_leading_blank_lines()
    {
        Assert.Equal("Zusammenfassung interessanter Aspekte aus der synoptischen Darstellung", SeedData.Document.Title);
    }

    [Fact]
    public void Keeps_aspect_titles_exactly_and_in_file_order()
    {
        Assert.Equal([Anbindung, Struktur, Praeambel, Aufgaben], SeedData.Document.Aspects.Select(a => a.Title));
        Assert.Equal([0, 1, 2, 3], SeedData.Document.Aspects.Select(a => a.Order));
    }

    [Fact]
    public void Lists_cities_in_order_of_first_appearance()
    {
        Assert.Equal(["Bielefeld", "Frankfurt", "Stuttgart", "München", "Münster"], SeedData.Document.Cities.Select(c => c.Name));
    }

    [Fact]
    public void Sparse_data_has_no_entry_for_Muenchen_Anbindung()
    {
        Assert.Null(SeedData.Entry("München", Anbindung));
        Assert.NotNull(SeedData.Entry("München", Praeambel));
    }

    [Theory]
    [InlineData("München", Aufgaben, true)]
    [InlineData("Frankfurt", Aufgaben, true)]
    [InlineData("Stuttgart", Aufgaben, true)]
    [InlineData("Münster", Aufgaben, false)]
    [InlineData("München", Praeambel, false)]
    [InlineData("Stuttgart", Anbindung, false)]
    public void Flags_z_B_entries_as_examples_only(string city, string aspect, bool examplesOnly)
    {
        var entry = SeedData.Entry(city, aspect);
        Assert.NotNull(entry);
        Assert.Equal(examplesOnly, entry.ExamplesOnly);
    }

    [Fact]
    public void City_names_never_contain_the_examples_marker()
    {
        Assert.DoesNotContain(SeedData.Document.Cities, c => c.Name.Contains("z.B", StringComparison.OrdinalIgnoreCase) || c.Name.EndsWith(':'));
    }

    [Fact]
    public void Bielefeld_Orga_Struktur_is_paragraph_subheading_and_five_item_list()
    {
        var entry = SeedData.Entry("Bielefeld", Struktur)!;

        Assert.Collection(
            entry.Blocks,
            b => Assert.StartsWith("Integration\" ist als ressortübergreifende Aufgabe", Assert.IsType<Paragraph>(b).Text, StringComparison.Ordinal),
            b => Assert.Equal("Zusammenfassung", Assert.IsType<Subheading>(b).Text),
            b => Assert.Equal(
                ["Interkulturellen Büros", "RAA", "Sprachförderung bzw. sprachliche Bildung", "Flüchtlingsberatung", "Staatsangehörigkeitsangelegenheiten/Einbürgerungen."],
                Assert.IsType<BulletList>(b).Items));
    }

    [Fact]
    public void Zusammenfassung_is_a_subheading_not_a_city()
    {
        Assert.DoesNotContain(SeedData.Document.Cities, c => c.Name == "Zusammenfassung");
    }

    [Theory]
    [InlineData("Bielefeld", Anbindung, "Dezernat des Oberbürgermeisters")]
    [InlineData("Frankfurt", Anbindung, "Dezernat Integration")]
    [InlineData("Stuttgart", Anbindung, "Geschäftskreis des Oberbürgermeisters")]
    public void Reads_a_paragraph_after_the_marker_in_the_same_p(string city, string aspect, string text)
    {
        var block = Assert.Single(SeedData.Entry(city, aspect)!.Blocks);
        Assert.Equal(text, Assert.IsType<Paragraph>(block).Text);
    }

    [Theory]
    [InlineData("München", Praeambel, 2, "Die Verwaltung München", "Die Stadt verpflichtet sich")]
    [InlineData("Stuttgart", Praeambel, 2, "Gute Integrationspolitik ist zukunftsichernde Standortpolitik - die Anerkennung", "Gute Integrationspolitik ist immer zugleich")]
    [InlineData("München", Aufgaben, 3, "unterstützt die interkulturelle", "betreibt aktive Öffentlichkeitsarbeit")]
    [InlineData("Frankfurt", Aufgaben, 3, "Das AmkA entwickelt", "Das AmkA erarbeitet")]
    [InlineData("Stuttgart", Aufgaben, 3, "die ‚Abteilung Integration‘", "Bündnisvereinbarungen")]
    [InlineData("Münster", Aufgaben, 1, "Kooperative Umsetzung", "Kooperative Umsetzung")]
    public void Splits_unclosed_lists_into_the_items_their_authors_meant(string city, string aspect, int count, string firstStart, string lastStart)
    {
        var list = Assert.IsType<BulletList>(Assert.Single(SeedData.Entry(city, aspect)!.Blocks));
        Assert.Equal(count, list.Items.Count);
        Assert.StartsWith(firstStart, list.Items[0], StringComparison.Ordinal);
        Assert.StartsWith(lastStart, list.Items[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_hyphenated_gender_form_inside_an_item()
    {
        var list = Assert.IsType<BulletList>(Assert.Single(SeedData.Entry("München", Praeambel)!.Blocks));
        Assert.Contains("alle Einwohner- (innen) gleichermaßen", list.Items[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Model_text_never_contains_html_or_double_spaces()
    {
        foreach (var entry in SeedData.Document.Entries)
        {
            Assert.DoesNotContain("<", entry.PlainText, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", entry.PlainText, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Independent of the parser: strips markers and tags with regular expressions and compares the word multiset of
    /// each source row with the words of the model's entries for that aspect.
    /// </summary>
    [Fact]
    public void No_word_of_the_source_is_lost()
    {
        var rows = File.ReadAllLines(SeedData.Path).Where(l => l.Contains('\t', StringComparison.Ordinal)).ToArray();
        Assert.Equal(SeedData.Document.Aspects.Count, rows.Length);
        foreach (var row in rows)
        {
            var title = row[..row.IndexOf('\t', StringComparison.Ordinal)].Trim();
            var cell = row[(row.IndexOf('\t', StringComparison.Ordinal) + 1)..];
            var sourceText = WebUtility.HtmlDecode(Tag().Replace(Marker().Replace(cell, " "), " "));
            var modelText = string.Join(" ", SeedData.Document.Entries.Where(e => e.Aspect.Title == title).Select(e => e.PlainText));

            Assert.Equal(Words(sourceText), Words(modelText));
        }
    }

    private static string[] Words(string text) =>
        [.. Word().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"<u>[^<]*:\s*</u>")]
    private static partial Regex Marker();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
