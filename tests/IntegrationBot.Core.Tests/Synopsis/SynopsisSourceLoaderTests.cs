using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Tests.Synopsis;

public sealed class SynopsisSourceLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("synopsis-loader-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Resolves_the_default_path_against_the_given_base_directory_not_the_working_directory()
    {
        Directory.CreateDirectory(Path.Combine(_root, "data"));
        File.Copy(SeedData.Path, Path.Combine(_root, "data", "synopsis.tsv"));

        var document = new SynopsisSourceLoader().Load(new SynopsisOptions(), _root);

        Assert.Equal(5, document.Cities.Count);
        Assert.NotEqual(_root, Path.GetFullPath(Environment.CurrentDirectory));
    }

    [Fact]
    public void Merges_several_files_in_order()
    {
        Write("a.tsv", "Erste\nAnbindung\t<p><u>Aachen:</u> Amt</p>");
        Write("b.tsv", "Zweite\nAnbindung\t<p><u>Bonn:</u> Dezernat</p>\nStruktur\t<p><u>Aachen:</u> Stabsstelle</p>");
        var options = new SynopsisOptions();
        options.Paths.Add("a.tsv");
        options.Paths.Add("b.tsv");

        var document = new SynopsisSourceLoader().Load(options, _root);

        Assert.Equal("Erste", document.Title);
        Assert.Equal(["Aachen", "Bonn"], document.Cities.Select(c => c.Name));
        Assert.Equal(["Anbindung", "Struktur"], document.Aspects.Select(a => a.Title));
        Assert.Equal(3, document.Entries.Count);
    }

    [Fact]
    public void Reports_a_conflict_between_files_with_both_sources()
    {
        Write("a.tsv", "Erste\nAnbindung\t<p><u>Aachen:</u> Amt</p>");
        Write("b.tsv", "Zweite\n\nAnbindung\t<p><u>Aachen:</u> Dezernat</p>");

        var error = Assert.Throws<SynopsisFormatException>(() => new SynopsisSourceLoader().Load(["a.tsv", "b.tsv"], _root));

        Assert.Equal(Path.Combine(_root, "b.tsv"), error.SourceName);
        Assert.Equal(3, error.Row);
        Assert.Contains($"{Path.Combine(_root, "a.tsv")}, Zeile 2", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Merges_files_of_different_formats()
    {
        File.Copy(SeedData.Path, Path.Combine(_root, "synopsis.tsv"));
        OfficeFiles.Xlsx(Path.Combine(_root, "nord.xlsx"), new Dictionary<string, string>
        {
            ["A1"] = "Ergänzung Nord",
            ["B2"] = "Kiel", ["C2"] = "München",
            ["A3"] = "Orga - Anbindung", ["B3"] = "Referat Migration", ["C3"] = "Sozialreferat, Stelle für interkulturelle Arbeit",
            ["A4"] = "Integrationsbeirat", ["B4"] = "Forum für Migrantinnen und Migranten",
        });

        var document = new SynopsisSourceLoader().Load(["synopsis.tsv", "nord.xlsx"], _root).Document;

        Assert.Equal("Zusammenfassung interessanter Aspekte aus der synoptischen Darstellung", document.Title);
        Assert.Equal(["Bielefeld", "Frankfurt", "Stuttgart", "München", "Münster", "Kiel"], document.Cities.Select(c => c.Name));
        Assert.Equal("Integrationsbeirat", document.Aspects[^1].Title);
        Assert.Equal(4, document.Aspects.Single(a => a.Title == "Integrationsbeirat").Order);
        var repository = new InMemorySynopsisRepository(document);
        Assert.Equal("Sozialreferat, Stelle für interkulturelle Arbeit", repository.Find(repository.FindCity("München")!, repository.FindAspect("Orga - Anbindung")!)!.PlainText);
        Assert.Equal(["Bielefeld", "Frankfurt", "Stuttgart", "München", "Kiel"], repository.ForAspect(repository.FindAspect("Orga - Anbindung")!).Select(e => e.City.Name));
    }

    [Theory]
    [InlineData("fehlt.tsv", "gibt es nicht")]
    [InlineData("synopse.pdf", "Unbekanntes Dateiformat „.pdf“")]
    public void Reports_missing_files_and_unknown_formats(string file, string reason)
    {
        var error = Assert.Throws<SynopsisFormatException>(() => new SynopsisSourceLoader().Load([file], _root));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_root, name), text);
}
