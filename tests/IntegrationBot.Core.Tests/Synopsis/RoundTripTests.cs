using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Tsv;
using IntegrationBot.Core.Synopsis.Loading;
using IntegrationBot.TestSupport;

namespace IntegrationBot.Core.Tests.Synopsis;

public sealed class RoundTripTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Formats => [".tsv", ".docx", ".xlsx", ".csv"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Seed_converted_to_another_format_reads_back_as_the_same_model(string extension)
    {
        var path = _temp.File("seed" + extension);

        SynopsisFormats.WriterFor(path)!.Write(SeedData.Document, path);
        var reloaded = new SynopsisSourceLoader().LoadFile(path).Document;

        Assert.Empty(SynopsisComparison.Differences(SeedData.Document, reloaded));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_generated_synopsis_of_50_cities_and_20_aspects_reads_back_as_the_same_model(string extension)
    {
        var document = SyntheticSynopsis.Generate(cities: 50, aspects: 20, seed: 7);
        var path = _temp.File("large" + extension);

        SynopsisFormats.WriterFor(path)!.Write(document, path);
        var reloaded = new SynopsisSourceLoader().LoadFile(path).Document;

        Assert.Equal(50, reloaded.Cities.Count);
        Assert.Equal(20, reloaded.Aspects.Count);
        Assert.Empty(SynopsisComparison.Differences(document, reloaded));
    }

    [Theory]
    [InlineData(".xlsx")]
    [InlineData(".docx")]
    public void A_repository_over_a_converted_60_by_25_synopsis_finds_every_entry_and_every_gap(string extension)
    {
        var document = SyntheticSynopsis.Generate(cities: 60, aspects: 25, seed: 11);
        var path = _temp.File("repo" + extension);
        SynopsisFormats.WriterFor(path)!.Write(document, path);
        var options = new SynopsisOptions { Path = Path.GetFileName(path) };

        var repository = new InMemorySynopsisRepository(new SynopsisSourceLoader().Load(options, _temp.Root));

        var expected = document.Entries.ToDictionary(e => (e.City.Name, e.Aspect.Title));
        foreach (var city in document.Cities)
        {
            foreach (var aspect in document.Aspects)
            {
                var found = repository.Find(repository.FindCity(city.Name)!, repository.FindAspect(aspect.Title)!);
                if (expected.TryGetValue((city.Name, aspect.Title), out var entry))
                {
                    Assert.Equal(entry.PlainText, found?.PlainText);
                    Assert.Equal(entry.ExamplesOnly, found!.ExamplesOnly);
                }
                else
                {
                    Assert.Null(found);
                }
            }
        }

        Assert.Equal(document.Entries.Count(e => e.Aspect.Order == 24), repository.ForAspect(repository.Aspects[24]).Count);
    }

    [Fact]
    public void Seed_survives_a_chain_of_conversions_through_every_format()
    {
        var document = SeedData.Document;
        foreach (var extension in new[] { ".docx", ".xlsx", ".csv", ".tsv", ".docx" })
        {
            var path = _temp.File(Guid.NewGuid().ToString("N") + extension);
            SynopsisFormats.WriterFor(path)!.Write(document, path);
            document = new SynopsisSourceLoader().LoadFile(path).Document;
        }

        Assert.Empty(SynopsisComparison.Differences(SeedData.Document, document));
    }

    [Fact]
    public void Keeps_city_order_when_a_later_city_has_entries_in_earlier_rows()
    {
        var a1 = new Aspect("Erstes", 0);
        var a2 = new Aspect("Zweites", 1);
        var spaet = new City("Spätstadt");
        var frueh = new City("Frühstadt");
        var leer = new City("Leerstadt");
        var document = new SynopsisDocument(
            "T",
            [a1, a2],
            [spaet, frueh, leer],
            [new Entry(a1, frueh, false, [new Paragraph("früh")]), new Entry(a2, spaet, true, [new Subheading("Ziele:"), new BulletList(["a"])])]);
        var path = _temp.File("order.tsv");

        SynopsisFormats.WriterFor(path)!.Write(document, path);

        Assert.Empty(SynopsisComparison.Differences(document, new SynopsisSourceLoader().LoadFile(path).Document));
        Assert.Equal(document.Entries.Count + 2, Regex.Count(File.ReadAllText(path), "<u>[^<]*:</u>"));
    }

    [Fact]
    public void Tsv_writer_adds_no_empty_city_markers_when_the_order_needs_none()
    {
        var text = TsvSynopsisWriter.ToText(SeedData.Document);

        foreach (var aspect in SeedData.Document.Aspects)
        {
            var line = text.Split('\n').Single(l => l.StartsWith(aspect.Title + "\t", StringComparison.Ordinal));
            Assert.Equal(SeedData.Document.Entries.Count(e => e.Aspect == aspect), Regex.Count(line, "<u>[^<]*:</u>"));
        }
    }

    [Fact]
    public void Written_office_files_are_valid_open_xml()
    {
        var docx = _temp.File("seed.docx");
        var xlsx = _temp.File("seed.xlsx");
        SynopsisFormats.WriterFor(docx)!.Write(SeedData.Document, docx);
        SynopsisFormats.WriterFor(xlsx)!.Write(SeedData.Document, xlsx);
        var validator = new OpenXmlValidator();

        using (var word = WordprocessingDocument.Open(docx, false))
        {
            Assert.Empty(validator.Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }

        using var excel = SpreadsheetDocument.Open(xlsx, false);
        Assert.Empty(validator.Validate(excel).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    [Fact]
    public void Generator_is_deterministic_and_varied()
    {
        var first = SyntheticSynopsis.Generate(60, 25, seed: 3);
        var second = SyntheticSynopsis.Generate(60, 25, seed: 3);

        Assert.Empty(SynopsisComparison.Differences(first, second));
        Assert.Equal(60, first.Cities.Select(c => c.Name).Distinct().Count());
        Assert.Equal(25, first.Aspects.Select(a => a.Title).Distinct().Count());
        Assert.Contains(first.Entries, e => e.ExamplesOnly);
        Assert.Contains(first.Entries, e => e.Blocks.OfType<Subheading>().Any());
        Assert.Contains(first.Entries, e => e.Blocks.OfType<BulletList>().Any());
        Assert.InRange(first.Entries.Count, 60 * 25 / 2, (60 * 25) - 1);
    }
}
