using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding.Aspects;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding;

/// <summary>Place names with prefixes and qualifiers, foreign cities, and the gazetteer's coverage of German cities.</summary>
public sealed class PlaceNameTests
{
    [Theory]
    [InlineData("Anbindung in Bad Homburg", "Bad Homburg vor der Höhe")]
    [InlineData("Wie ist Integration in Bad Homburg angebunden?", "Bad Homburg vor der Höhe")]
    [InlineData("Anbindung in Neu-Ulm", "Neu-Ulm")]
    [InlineData("Aufgaben in Neu Ulm", "Neu-Ulm")]
    [InlineData("Anbindung in Sankt Augustin", "Sankt Augustin")]
    [InlineData("Anbindung in Frankfurt an der Oder", "Frankfurt (Oder)")]
    [InlineData("Anbindung in Frankfurt (Oder)", "Frankfurt (Oder)")]
    [InlineData("Anbindung in Frankfurt/Oder", "Frankfurt (Oder)")]
    [InlineData("Anbindung in Homburg", "Homburg")]
    [InlineData("Anbindung in Brandenburg/Havel", "Brandenburg an der Havel")]
    public void Prefixed_place_names_are_not_fuzzed_into_other_cities(string text, string unknown)
    {
        var result = Seed.Recognize(text);

        Assert.Equal(Intent.Query, result.Intent);
        Assert.Empty(result.Cities);
        Assert.Equal([unknown], result.UnknownCities);
        Assert.NotEmpty(result.Aspects);
    }

    [Theory]
    [InlineData("Anbindung in Bad Tölzingen", "Bad Tölzingen")]
    [InlineData("Anbindung in Neu-Hamburg", "Neu-Hamburg")]
    [InlineData("Anbindung in St. Stuttgart", "St. Stuttgart")]
    [InlineData("Anbindung in Sankt Wolfgangsee", "Sankt Wolfgangsee")]
    public void Prefixed_places_missing_from_the_gazetteer_are_unknown_under_their_written_name(string text, string unknown)
    {
        var result = Seed.Recognize(text);

        Assert.Empty(result.Cities);
        Assert.Equal([unknown], result.UnknownCities);
    }

    [Theory]
    [InlineData("Anbindung in Memmingen", "Memmingen")]
    [InlineData("Wie ist Integration in Pirmasens angebunden?", "Pirmasens")]
    [InlineData("Aufgaben der Dienststelle in Eisenach", "Eisenach")]
    [InlineData("Anbindung in Stuttgart, Memmingen", "Memmingen")]
    public void Towns_of_the_general_list_are_unknown_places(string text, string unknown)
    {
        var result = Seed.Recognize(text);

        Assert.Equal([unknown], result.UnknownCities);
        Assert.NotEmpty(result.Aspects);
    }

    [Theory]
    [InlineData("Wie viel Geld gibt Stuttgart für die Dienststelle aus?")]
    [InlineData("anbindung stuttgart neustadt")]
    public void A_general_town_counts_only_as_written_and_not_as_part_of_a_named_city(string text)
    {
        var result = Seed.Recognize(text);

        Assert.Contains(result.Cities, c => c.Name == "Stuttgart");
        Assert.Empty(result.UnknownCities);
    }

    [Theory]
    [InlineData("Anbindung in Frankfurt am Main")]
    [InlineData("Anbindung in Frankfurt a. M.")]
    [InlineData("Anbindung in FFM")]
    [InlineData("Anbindung in Frankfurt")]
    [InlineData("anbindung in frankfurt oder stuttgart")]
    public void Frankfurt_am_Main_stays_the_covered_Frankfurt(string text)
    {
        var result = Seed.Recognize(text);

        Assert.Contains(result.Cities, c => c.Name == "Frankfurt");
        Assert.Empty(result.UnknownCities);
    }

    [Theory]
    [InlineData("St. Gallen Anbindung", "St. Gallen")]
    [InlineData("Anbindung in Sankt Gallen", "St. Gallen")]
    [InlineData("Anbindung in Genf", "Genf")]
    [InlineData("Aufgaben in Luzern", "Luzern")]
    [InlineData("Anbindung in Winterthur", "Winterthur")]
    [InlineData("Anbindung in Zürich", "Zürich")]
    [InlineData("Anbindung in Wien", "Wien")]
    [InlineData("Anbindung in Klagenfurt", "Klagenfurt am Wörthersee")]
    [InlineData("Anbindung in St. Pölten", "St. Pölten")]
    public void Swiss_and_Austrian_cities_are_unknown_places(string text, string unknown)
    {
        var result = Seed.Recognize(text);

        Assert.Empty(result.Cities);
        Assert.Equal([unknown], result.UnknownCities);
    }

    [Theory]
    [InlineData("Anbindung in Halle (Saale)", "Halle (Saale)")]
    [InlineData("Anbindung in Halle an der Saale", "Halle (Saale)")]
    [InlineData("Anbindung in Mülheim an der Ruhr", "Mülheim an der Ruhr")]
    [InlineData("Anbindung in Offenbach am Main", "Offenbach am Main")]
    [InlineData("Anbindung in Freiburg im Breisgau", "Freiburg im Breisgau")]
    [InlineData("Anbindung in Freiburg i. Br.", "Freiburg im Breisgau")]
    [InlineData("Anbindung in Ludwigshafen am Rhein", "Ludwigshafen am Rhein")]
    [InlineData("Anbindung in Brandenburg an der Havel", "Brandenburg an der Havel")]
    [InlineData("Anbindung in Esslingen am Neckar", "Esslingen am Neckar")]
    [InlineData("Anbindung in Kempten (Allgäu)", "Kempten (Allgäu)")]
    public void Compound_place_names_resolve_to_their_gazetteer_name(string text, string unknown)
    {
        var result = Seed.Recognize(text);

        Assert.Empty(result.Cities);
        Assert.Equal([unknown], result.UnknownCities);
    }

    // German cities with at least 100,000 inhabitants (Destatis, 2023), as written in the gazetteer.
    [Theory]
    [InlineData("Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf", "Leipzig", "Dortmund", "Essen")]
    [InlineData("Bremen", "Dresden", "Hannover", "Nürnberg", "Duisburg", "Bochum", "Wuppertal", "Bielefeld", "Bonn", "Münster")]
    [InlineData("Mannheim", "Karlsruhe", "Augsburg", "Wiesbaden", "Mönchengladbach", "Gelsenkirchen", "Aachen", "Braunschweig", "Kiel", "Chemnitz")]
    [InlineData("Halle (Saale)", "Magdeburg", "Freiburg im Breisgau", "Krefeld", "Mainz", "Lübeck", "Erfurt", "Oberhausen", "Rostock", "Kassel")]
    [InlineData("Hagen", "Potsdam", "Saarbrücken", "Hamm", "Ludwigshafen am Rhein", "Mülheim an der Ruhr", "Oldenburg", "Osnabrück", "Leverkusen", "Darmstadt")]
    [InlineData("Heidelberg", "Solingen", "Herne", "Neuss", "Regensburg", "Paderborn", "Ingolstadt", "Offenbach am Main", "Fürth", "Würzburg")]
    [InlineData("Ulm", "Heilbronn", "Pforzheim", "Wolfsburg", "Göttingen", "Bottrop", "Reutlingen", "Koblenz", "Bremerhaven", "Recklinghausen")]
    [InlineData("Erlangen", "Bergisch Gladbach", "Remscheid", "Jena", "Trier", "Salzgitter", "Moers", "Siegen", "Hildesheim", "Cottbus")]
    [InlineData("Gütersloh", "Kaiserslautern", "Hanau", "Schwerin", "Witten", "Iserlohn", "Gera", "Düren", "Esslingen am Neckar", "Ludwigsburg")]
    public void Gazetteer_holds_every_German_city_of_at_least_100000_inhabitants(params string[] cities)
    {
        var names = Seed.Lexicon.Places.Select(static p => p.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(cities, city => Assert.Contains(city, names));
    }

    [Theory]
    [InlineData("?")]
    [InlineData("...")]
    [InlineData("😀")]
    [InlineData("?!")]
    [InlineData("👍🏽 …")]
    public void Messages_without_any_word_get_help(string text)
    {
        Assert.Equal(Intent.Help, Seed.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("Vergleiche alle Städte")]
    [InlineData("Vergleich aller Städte")]
    [InlineData("Alle Städte vergleichen")]
    public void Comparing_all_cities_without_an_aspect_shows_the_coverage_overview(string text)
    {
        var result = Seed.Recognize(text);

        Assert.Equal(Intent.ListAspects, result.Intent);
        Assert.Empty(result.Cities);
        Assert.Empty(result.Aspects);
    }

    [Theory]
    [InlineData("Vergleiche alle Städte", "Orga - Anbindung")]
    public void Comparing_all_cities_after_an_aspect_question_compares_on_that_aspect(string text, string aspect)
    {
        var result = Seed.Conversation("Wo ist Integration in Stuttgart angebunden?", text);

        Assert.Equal(Intent.Query, result.Intent);
        Assert.Empty(result.Cities);
        Assert.Contains(result.Aspects, a => a.Title == aspect);
    }

    private static readonly Recognizer CoversHalle = new(
        new SynopsisDocument(
            "Test",
            [new Aspect("Jugendarbeit", 0), new Aspect("Opferberatung", 1)],
            [new City("Halle (Saale)"), new City("Kiel")],
            [
                TestEntry.Cell(new Aspect("Jugendarbeit", 0), new City("Halle (Saale)"), "Jugendclubs in Neustadt und Silberhöhe."),
                TestEntry.Cell(new Aspect("Opferberatung", 1), new City("Halle (Saale)"), "Mobile Opferberatung nach rassistischen Angriffen."),
                TestEntry.Cell(new Aspect("Jugendarbeit", 0), new City("Kiel"), "Jugendtreffs in allen Stadtteilen."),
            ]),
        Seed.Lexicon);

    [Theory]
    [InlineData("jugendclub halle neustadt")]
    [InlineData("hilfe nach rassistischem übergriff halle")]
    public void In_a_message_all_in_lower_case_an_ambiguous_name_of_a_covered_city_is_the_place(string text)
    {
        var result = CoversHalle.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal("Halle (Saale)", Assert.Single(result.Cities).Name);
    }

    [Theory]
    [InlineData("jugendarbeit in der halle")]
    [InlineData("Jugendarbeit in der halle neustadt")]
    public void A_lower_case_name_after_an_article_or_beside_capitals_stays_a_word(string text)
    {
        var result = CoversHalle.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Empty(result.Cities);
    }

    private static readonly Recognizer CoversHammAndWitten = new(
        new SynopsisDocument(
            "Test",
            [new Aspect("Vereinsförderung", 0)],
            [new City("Hamm"), new City("Witten")],
            [
                TestEntry.Cell(new Aspect("Vereinsförderung", 0), new City("Hamm"), "Zuschüsse für Migrantenvereine."),
                TestEntry.Cell(new Aspect("Vereinsförderung", 0), new City("Witten"), "Ein Fonds für kleine Projekte."),
            ]),
        Seed.Lexicon);

    [Theory]
    [InlineData("Vereinsförderung: Hamm und Witten im Vergleich")]
    [InlineData("Vereinsförderung: Witten und Hamm im Vergleich")]
    [InlineData("Und wie machen das Hamm und Witten?")]
    public void Two_ambiguous_names_joined_by_und_are_both_places(string text)
    {
        // Both names are also words of the general list; the second one follows "und", so the first heads a list.
        var result = CoversHammAndWitten.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal(["Hamm", "Witten"], result.Cities.Select(static c => c.Name).Order());
    }

    [Theory]
    [InlineData("Stell das Hamm gegenüber")]
    [InlineData("Vergleiche das mit Hamm")]
    public void A_comparison_follow_up_names_an_ambiguous_covered_city_after_an_article(string text)
    {
        // "das" is the previous answer, not an article of "Hamm": a message that adds places to compare names places.
        var result = CoversHammAndWitten.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal(["Hamm"], result.Cities.Select(static c => c.Name));
    }

    [Theory]
    [InlineData("Zeig mir alles zu Hamm", "Hamm")]
    [InlineData("Infos zu Witten", "Witten")]
    public void A_capitalised_ambiguous_name_after_zu_is_the_place(string text, string city)
    {
        var result = CoversHammAndWitten.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal([city], result.Cities.Select(static c => c.Name));
    }

    [Fact]
    public void An_ambiguous_name_after_zu_in_lower_case_stays_a_word() =>
        Assert.Empty(Seed.Recognize("Gibt es bei der Konferenz etwas zu essen?").UnknownCities);

    private static readonly Aspect Schools = new("Schulsozialarbeit", 0);

    private static readonly Recognizer CoversLongNames = new(
        new SynopsisDocument(
            "Test",
            [Schools],
            [
                new City("Neustadt an der Weinstraße"), new City("Landau in der Pfalz"), new City("Frankfurt (Oder)"),
                new City("Brandenburg an der Havel"), new City("Weil am Rhein"),
            ],
            [
                TestEntry.Cell(Schools, new City("Neustadt an der Weinstraße"), "Schulsozialarbeit an allen Grundschulen."),
                TestEntry.Cell(Schools, new City("Landau in der Pfalz"), "Schulsozialarbeit an zwei Realschulen plus."),
                TestEntry.Cell(Schools, new City("Frankfurt (Oder)"), "Schulsozialarbeit über einen freien Träger."),
                TestEntry.Cell(Schools, new City("Brandenburg an der Havel"), "Schulsozialarbeit an allen Oberschulen."),
                TestEntry.Cell(Schools, new City("Weil am Rhein"), "Schulsozialarbeit an der Gemeinschaftsschule."),
            ]),
        Seed.Lexicon);

    [Theory]
    [InlineData("Schulsozialarbeit Neustadt", "Neustadt an der Weinstraße")]
    [InlineData("Wie ist die Schulsozialarbeit in Landau organisiert?", "Landau in der Pfalz")]
    [InlineData("Schulsozialarbeit in Landau und Neustadt", "Landau in der Pfalz|Neustadt an der Weinstraße")]
    public void A_covered_city_with_a_long_official_name_is_asked_for_by_its_first_part(string text, string cities)
    {
        // The general list holds a town "Neustadt" of its own; in this synopsis the short form means the covered city.
        var result = CoversLongNames.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal(cities.Split('|'), result.Cities.Select(static c => c.Name));
        Assert.Empty(result.UnknownCities);
    }

    [Theory]
    [InlineData("Schulsozialarbeit in Frankfurt", "Frankfurt am Main")]
    [InlineData("Schulsozialarbeit in Brandenburg", null)]
    public void A_short_form_that_the_gazetteer_gives_another_place_keeps_that_place(string text, string? unknown)
    {
        // "Frankfurt" is Frankfurt am Main, "Brandenburg" the Land: neither becomes Frankfurt (Oder) or a covered city.
        var result = CoversLongNames.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Empty(result.Cities);
        Assert.Equal(unknown is null ? [] : [unknown], result.UnknownCities);
    }

    [Theory]
    [InlineData("schulsozialarbeit frankfurt oder", "Frankfurt (Oder)")]
    [InlineData("Schulsozialarbeit in Frankfurt Oder", "Frankfurt (Oder)")]
    [InlineData("schulsozialarbeit frankfurt oder brandenburg an der havel", "Brandenburg an der Havel")]
    public void A_lower_case_function_word_ends_a_place_name_only_at_the_end_of_the_message(string text, string city)
    {
        // Nothing follows "oder" to be joined, so it is the river of the name; before another name it is the conjunction.
        var result = CoversLongNames.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal([city], result.Cities.Select(static c => c.Name));
    }

    [Fact]
    public void A_short_form_that_is_a_function_word_is_not_a_place()
    {
        var result = CoversLongNames.Recognize("Gibt es Schulsozialarbeit, weil es Konflikte gibt?", ConversationContext.Empty, Seed.Now);
        Assert.Empty(result.Cities);
    }
}

