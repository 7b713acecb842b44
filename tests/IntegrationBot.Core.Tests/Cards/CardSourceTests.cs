using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>The footer line: source, publisher, date, link; safe in markdown.</summary>
public sealed class CardSourceTests
{
    private static SynopsisDocument Document(string title, SynopsisProvenance provenance) => new(title, [], [], [], provenance);

    [Theory]
    [InlineData(null, null, null, false, null, "Synopse, Stand: unbekannt")]
    [InlineData(null, "Amt 50", "2026-03-12", false, null, "Synopse, Amt 50, Stand: 12.03.2026")]
    [InlineData("A. Muster", null, "2026-03-12", true, null, "Synopse, A. Muster, Stand: Datei vom 12.03.2026")]
    [InlineData(null, null, "2026-03-12", false, "https://example.org/s.pdf", "Synopse, Stand: 12.03.2026 (https://example.org/s.pdf)")]
    public void Plain_text_names_what_is_known(string? editor, string? organisation, string? date, bool fromFile, string? url, string expected)
    {
        var provenance = new SynopsisProvenance(editor, organisation, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), fromFile, url is null ? null : new Uri(url));

        Assert.Equal(expected, CardSource.Of(Document("Synopse", provenance)).PlainText);
    }

    [Theory]
    [InlineData(DatePrecision.Month, "Synopse, Stand: März 2026")]
    [InlineData(DatePrecision.Year, "Synopse, Stand: 2026")]
    [InlineData(DatePrecision.Day, "Synopse, Stand: 01.03.2026")]
    public void The_date_is_cited_as_exactly_as_the_file_states_it(DatePrecision precision, string expected)
    {
        var provenance = new SynopsisProvenance(Date: new DateOnly(2026, 3, 1), DatePrecision: precision);

        Assert.Equal(expected, CardSource.Of(Document("Synopse", provenance)).PlainText);
    }

    [Fact]
    public void Plain_line_is_the_footer_with_its_label()
    {
        var source = CardSource.Of(Document("Synopse", new SynopsisProvenance(null, "Amt 50", null, false, null)));

        Assert.Equal("Quelle: Synopse, Amt 50, Stand: unbekannt", source.PlainLine);
    }

    [Fact]
    public void Every_card_template_labels_its_source_footer_as_the_plain_text_does()
    {
        var footers = Directory.GetFiles(CardFixtures.TemplateDirectory, "*.json")
            .Where(static f => !f.EndsWith(".data.json", StringComparison.Ordinal))
            .SelectMany(static f => File.ReadAllLines(f).Where(static l => l.Contains("${source}", StringComparison.Ordinal)).Select(l => (File: Path.GetFileName(f), Line: l)))
            .ToList();

        Assert.NotEmpty(footers);
        Assert.All(footers, f => Assert.Contains($"\"text\": \"{CardSource.Label}${{source}}\"", f.Line, StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_links_the_escaped_title_to_a_web_address()
    {
        var source = CardSource.Of(Document("Synopse *Stand* [alt]", new SynopsisProvenance(null, null, null, false, new Uri("https://example.org/a(b).pdf"))));

        Assert.Equal(@"[Synopse \*Stand\* \[alt\]](https://example.org/a%28b%29.pdf), Stand: unbekannt", source.Markdown);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    public void Links_other_than_web_addresses_are_not_linked(string url)
    {
        var source = CardSource.Of(Document("Synopse", new SynopsisProvenance(null, null, null, false, new Uri(url))));

        Assert.Null(source.Link);
        Assert.DoesNotContain("](", source.Markdown, StringComparison.Ordinal);
    }
}
