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
    [InlineData("Feier Einbürgerung")]
    [InlineData("Feiern Einbürgerung")]
    public void Finds_the_head_of_a_compound_whose_stem_cuts_it(string words)
    {
        // "Einbürgerungsfeier" is stemmed to "einburgerungsfei": the head "Feier" is found in the word as written.
        var index = WithUnrelatedEntries(
            ("Alpha", Work, "Zweimal im Jahr gibt es eine Einbürgerungsfeier im Rathaus."),
            ("Beta", Work, "Die Einbürgerungsstelle berät zur Einbürgerung."),
            ("Epsilon", Work, "Lotsinnen begleiten die Einbürgerung."));
        Assert.Equal("Alpha", index.Search(words.Split(' '))[0].City.Name);
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

    private static readonly Aspect Pool = new("Dolmetscherpool und Sprachmittlung", 2);

    [Fact]
    public void Ranks_entries_that_name_the_asked_thing_above_entries_only_titled_by_it()
    {
        var index = new Bm25SearchIndex(
            Build(
                ("Alpha", Pool, "Der Dolmetscherpool der Stadt vermittelt rund 60 geschulte Laiendolmetscherinnen in 25 Sprachen für Kitas, Schulen und Beratungsstellen."),
                ("Beta", Pool, "Ehrenamtliche Sprachmittlerinnen übersetzen bei Behördengängen."),
                ("Gamma", Pool, "Die Stadt hat ein eigenes Budget für Sprachmittlung."),
                ("Delta", Pool, "Ein eigenes Team begleitet Elterngespräche.")),
            Seed.Recognizer.Model.Analyzer);
        var hits = index.Search(["eigenen", "Dolmetscherpool"]);
        Assert.Equal("Alpha", hits[0].City.Name);
    }

    [Fact]
    public void Counts_an_asked_word_once_per_entry_at_its_best_match()
    {
        // Beta holds three longer words with "arbeit" in them; Alpha holds the rare asked name once.
        var index = WithUnrelatedEntries(
            ("Alpha", Work, "Die Meldestelle RIAS dokumentiert antisemitische Vorfälle und berichtet jährlich an den Integrationsrat der Stadt."),
            ("Beta", Work, "Gastarbeiterinnen, Schulsozialarbeit und Nachbarschaftsarbeit prägen den Stadtteil."));
        var hits = index.Search(["arbeiten", "RIAS"]);
        Assert.Equal("Alpha", hits[0].City.Name);
    }

    [Fact]
    public void Weighs_the_capitalised_nouns_of_a_question_above_its_framing_verbs()
    {
        // Both entries hold one asked word once; only a question that capitalises its nouns says which word is the thing asked for.
        var index = WithUnrelatedEntries(
            ("Alpha", Work, "Der Anerkennungszuschuss des Bundes wird im Welcome Center beantragt."),
            ("Beta", Work, "Die Lotsen informieren in sechs Sprachen im Stadtteilbüro."));
        var typed = index.Search(["informieren", "über", "den", "Anerkennungszuschuss"]);
        var lowerCase = index.Search(["informieren", "über", "den", "anerkennungszuschuss"]);

        Assert.Equal("Alpha", typed[0].City.Name);
        // A question typed all in lower case says nothing about its nouns: there the verb counts in full.
        Assert.True(ScoreOf(lowerCase, "Beta") > 1.5 * ScoreOf(typed, "Beta"));
    }

    /// <summary>An index over the given entries and two that share no asked word, so specificity has something to compare.</summary>
    private static Bm25SearchIndex WithUnrelatedEntries(params (string City, Aspect Aspect, string Text)[] cells) =>
        new(Build([.. cells, ("Gamma", Work, "Das Amt hat ein Leitungsteam und zwei Abteilungen."), ("Delta", Work, "Der Beirat tagt viermal im Jahr.")]),
            Seed.Recognizer.Model.Analyzer);

    private static double ScoreOf(IReadOnlyList<SearchHit> hits, string city) => hits.Single(h => h.City.Name == city).Score;

    private static SynopsisDocument Build(params (string City, Aspect Aspect, string Text)[] cells)
    {
        var cities = cells.Select(static c => c.City).Distinct().Select(static n => new City(n)).ToList();
        var entries = cells
            .Select(c => new Entry(c.Aspect, cities.First(x => x.Name == c.City), false, [new Paragraph(c.Text)]))
            .ToList();
        return new SynopsisDocument("Test", [Work, Structure, Pool], cities, entries);
    }
}
