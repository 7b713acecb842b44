using IntegrationBot.Core.Search;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding;

namespace IntegrationBot.Core.Tests.Search;

/// <summary>Search over a small synopsis built here, so the behaviour does not hang on the seed's cities.</summary>
public sealed class SearchRankingTests
{
    private static readonly Aspect Work = new("Arbeitsweise", 0);
    private static readonly Aspect Structure = new("Aufbau", 1);

    // Alpha holds the asked things inside compounds and inflected; Beta and Gamma hold the bare words spread out.
    private static readonly SynopsisDocument Synopsis = Build(
        ("Alpha", Work, "Die Arbeit folgt dem Entwurf des Migrationsleitbildes. Die Flüchtlingsberatung liegt beim Sozialamt."),
        ("Alpha", Structure, "Die Stelle arbeitet mit dezentralen Stadtteilbüros."),
        ("Beta", Work, "Eine allgemeine Beratung gibt es im Bürgeramt. Im Sommer kamen viele Gäste, darunter auch Geflüchtete aus der Ukraine."),
        ("Beta", Structure, "Die Stelle ist eine Stabsstelle beim Oberbürgermeister."),
        ("Gamma", Work, "Beratung zu Wohnen und Beratung zu Arbeit. Geflüchtete werden in Sammelunterkünften untergebracht, die Beratung erfolgt vor Ort."),
        ("Gamma", Structure, "Das Amt hat ein Leitungsteam und zwei Abteilungen."));

    private static readonly Bm25SearchIndex Index = new(Synopsis, Seed.Recognizer.Model.Analyzer);

    [Theory]
    [InlineData("Leitbild", "Alpha", "Arbeitsweise")]
    [InlineData("dezentral", "Alpha", "Aufbau")]
    [InlineData("Stadtteilbüro", "Alpha", "Aufbau")]
    [InlineData("Unterkunft", "Gamma", "Arbeitsweise")]
    [InlineData("Bürgermeister", "Beta", "Aufbau")]
    public void Finds_a_word_inside_a_compound_or_in_another_inflection(string term, string city, string aspect)
    {
        var hits = Index.Search([term]);
        Assert.NotEmpty(hits);
        Assert.Equal(city, hits[0].City.Name);
        Assert.Equal(aspect, hits[0].Aspect.Title);
    }

    [Theory]
    [InlineData("Beratung", "Geflüchtete")]
    [InlineData("Beratung", "Flüchtlinge")]
    [InlineData("Flüchtlinge", "Beratung")]
    public void Ranks_the_entry_whose_compound_holds_all_asked_words_above_spread_out_overlap(string first, string second)
    {
        var hits = Index.Search([first, second]);
        Assert.NotEmpty(hits);
        Assert.Equal("Alpha", hits[0].City.Name);
        Assert.Equal("Arbeitsweise", hits[0].Aspect.Title);
    }

    [Theory]
    [InlineData("Beratung Geflüchtete", "Gamma")]
    public void Ranks_adjacent_asked_words_above_words_spread_over_the_entry(string words, string city)
    {
        var index = new Bm25SearchIndex(
            Build(
                ("Gamma", Work, "Die Beratung Geflüchteter erfolgt im Rathaus."),
                ("Beta", Work, "Eine allgemeine Beratung gibt es im Bürgeramt. Im Sommer kamen viele Gäste, darunter auch Geflüchtete.")),
            Seed.Recognizer.Model.Analyzer);
        var hits = index.Search(words.Split(' '));
        Assert.Equal(city, hits[0].City.Name);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    private static SynopsisDocument Build(params (string City, Aspect Aspect, string Text)[] cells)
    {
        var cities = cells.Select(static c => c.City).Distinct().Select(static n => new City(n)).ToList();
        var entries = cells
            .Select(c => new Entry(c.Aspect, cities.First(x => x.Name == c.City), false, [new Paragraph(c.Text)]))
            .ToList();
        return new SynopsisDocument("Test", [Work, Structure], cities, entries);
    }
}
