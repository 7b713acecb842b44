using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding.Aspects;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding;

/// <summary>Behaviour of the recognizer on the seed synopsis with the shipped lexicon.</summary>
public sealed class RecognizerTests
{
    private const string Anbindung = "Orga - Anbindung";
    private const string Struktur = "Orga-Struktur";
    private const string Praeambel = "Präambel zur Integrationspolitik";
    private const string Aufgaben = "Aufgaben und Arbeitsweise der zuständigen Dienststelle";

    [Theory]
    [InlineData("Stuttgarter Präambel", "Stuttgart")]
    [InlineData("Die Münchner Präambel", "München")]
    [InlineData("Was machen die Frankfurter bei der Integration?", "Frankfurt")]
    [InlineData("Wie ist die Bielefelder Integrationsarbeit angebunden?", "Bielefeld")]
    [InlineData("Aufgaben der Münsteraner Dienststelle", "Münster")]
    [InlineData("Und bei den Bielefeldern?", "Bielefeld")]
    public void Recognizes_city_adjective_forms(string text, string city)
    {
        Assert.Equal([city], Seed.Recognize(text).Cities.Select(static c => c.Name));
    }

    [Theory]
    [InlineData("Wo ist Integration in Stuttgard angebunden?", "Stuttgart")]
    [InlineData("Wo ist Integration in Frankfrt angebunden?", "Frankfurt")]
    [InlineData("Präambel Bielfeld", "Bielefeld")]
    [InlineData("Aufgaben Muenstr", "Münster")]
    [InlineData("Anbindung Stuttgrat", "Stuttgart")]
    public void Tolerates_typos_scaled_to_word_length(string text, string city)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([city], result.Cities.Select(static c => c.Name));
        Assert.NotEmpty(result.Aspects);
    }

    [Theory]
    [InlineData("Wo ist Integartion in Stuttgart angebunden?", Anbindung)]
    [InlineData("Organisatonsstruktur Bielefeld", Struktur)]
    [InlineData("Präambl Stuttgart", Praeambel)]
    [InlineData("Aufgabn der Dienststelle Stuttgart", Aufgaben)]
    public void Tolerates_typos_in_aspect_words(string text, string aspect)
    {
        Assert.Equal([aspect], Seed.Recognize(text).Aspects.Select(static a => a.Title));
    }

    [Theory]
    [InlineData("Präambel Stgt")]
    [InlineData("Präambel Stutgrd")]
    [InlineData("Präambel Mnchn")]
    public void Does_not_guess_cities_from_words_too_far_away(string text)
    {
        Assert.Empty(Seed.Recognize(text).Cities);
    }

    [Theory]
    [InlineData("Wo ist Integration in Köln angebunden?", "Köln")]
    [InlineData("How is integration organised in Cologne?", "Köln")]
    [InlineData("Präambel Hannover", "Hannover")]
    [InlineData("Aufgaben in Nuremberg", "Nürnberg")]
    [InlineData("Was macht die Integrationsstelle in Essen?", "Essen")]
    [InlineData("was macht die integrationsstelle in essen", "Essen")]
    [InlineData("Anbindung Bremen", "Bremen")]
    [InlineData("Wie arbeitet die Kölner Integrationsstelle?", "Köln")]
    [InlineData("Anbindung in Halle", "Halle (Saale)")]
    public void Maps_uncovered_cities_to_unknownCities(string text, string unknown)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Empty(result.Cities);
        Assert.Equal([unknown], result.UnknownCities);
    }

    [Theory]
    [InlineData("Was gibt es in Stuttgart zu essen?")]
    [InlineData("Treffen wir uns in der Halle?")]
    [InlineData("Wir wollen siegen")]
    public void Does_not_take_ordinary_words_for_places(string text)
    {
        Assert.Empty(Seed.Recognize(text).UnknownCities);
    }

    [Theory]
    [InlineData("Aufgaben Münster", "Münster")]
    [InlineData("Aufgaben München", "München")]
    [InlineData("Aufgaben Muenster", "Münster")]
    [InlineData("Aufgaben Muenchen", "München")]
    [InlineData("aufgaben munster", "Münster")]
    [InlineData("aufgaben munchen", "München")]
    [InlineData("Aufgaben Münchner Dienststelle", "München")]
    [InlineData("Aufgaben Münsteraner Dienststelle", "Münster")]
    [InlineData("Aufgaben Munich", "München")]
    public void Does_not_confuse_Muenster_and_Muenchen(string text, string city)
    {
        Assert.Equal([city], Seed.Recognize(text).Cities.Select(static c => c.Name));
    }

    [Theory]
    [InlineData("orga anbindung stuttgart", Anbindung)]
    [InlineData("Orga-Anbindung Stuttgart", Anbindung)]
    [InlineData("ORGA - ANBINDUNG STUTTGART", Anbindung)]
    [InlineData("Orga – Anbindung, Stuttgart!", Anbindung)]
    [InlineData("praeambel stuttgart", Praeambel)]
    [InlineData("Praambel Stuttgart", Praeambel)]
    [InlineData("Aufgaben und Arbeitsweise der zustaendigen Dienststelle Stuttgart", Aufgaben)]
    [InlineData("Organisationsstrukturen Stuttgart", Struktur)]
    public void Normalises_case_umlauts_and_dashes(string text, string aspect)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(["Stuttgart"], result.Cities.Select(static c => c.Name));
        Assert.Equal([aspect], result.Aspects.Select(static a => a.Title));
    }

    [Theory]
    [InlineData("Was macht die Integrationsstelle in Stuttgart?", Aufgaben)]
    [InlineData("Integrationsaufgaben Stuttgart", Aufgaben)]
    [InlineData("Wie ist die Organisationsstruktur in Stuttgart?", Struktur)]
    [InlineData("Struktur der Integrationsarbeit in Stuttgart", Struktur)]
    public void Understands_compounds(string text, string aspect)
    {
        Assert.Equal([aspect], Seed.Recognize(text).Aspects.Select(static a => a.Title));
    }

    [Theory]
    [InlineData("Was macht das AmkA?", "Frankfurt")]
    [InlineData("Aufgaben des Amts für multikulturelle Angelegenheiten", "Frankfurt")]
    [InlineData("Was macht die RAA?", "Bielefeld")]
    public void Maps_organisation_names_to_their_city(string text, string city)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([city], result.Cities.Select(static c => c.Name));
    }

    [Theory]
    [InlineData("LSBTIQ Kiel")]
    [InlineData("LSBTIQ* Geflüchtete in Kiel")]
    public void An_acronym_that_a_title_holds_is_a_topic_not_the_office_of_the_one_city_that_spells_it(string text) =>
        AssertQueryAboutKiel(
            KielUlmSynopsis.Titled(
                ("LSBTIQ* Geflüchtete", "Eine Schutzunterkunft für queere Geflüchtete mit zwölf Plätzen.", "Ansprechperson für LSBTIQ* im Amt."),
                ("Frauenhäuser", "Zwei Frauenhäuser mit 30 Plätzen.", "Ein Frauenhaus und eine Notrufnummer.")),
            text,
            "LSBTIQ* Geflüchtete");

    [Theory]
    [InlineData("Are there women's shelters in Kiel?", "Frauenhäuser")]
    [InlineData("Wohin kann sich jemand in Kiel wenden, der vom Partner misshandelt wird?", "Frauenhäuser")]
    [InlineData("Wer hilft in Kiel bei häuslicher Gewalt?", "Frauenhäuser")]
    [InlineData("Hat Kiel eine Frauenbeauftragte?", "Gleichstellung und Frauenförderung")]
    [InlineData("Wo bekommen Eltern in Kiel Hilfe bei Erziehungsfragen?", "Familienberatung")]
    [InlineData("Gibt es in Kiel Hilfe bei Trennung und Scheidung?", "Familienberatung")]
    public void Field_words_of_family_and_protection_from_violence_meet_their_aspect(string text, string aspect) =>
        AssertQueryAboutKiel(
            KielUlmSynopsis.Titled(
                ("Frauenhäuser", "Zwei Häuser mit 30 Plätzen, Aufnahme rund um die Uhr.", "Ein Haus mit zwölf Plätzen."),
                ("Gleichstellung und Frauenförderung", "Ein Plan mit Zielen für Frauen in Führungspositionen.", "Mentoring für Frauen."),
                ("Familienberatung", "Die Beratungsstelle der Caritas berät auf Arabisch und Türkisch.", "Sprechstunde im Familienzentrum.")),
            text,
            aspect);

    [Theory]
    [InlineData("Was macht Kiel gegen Rasissmus?")]
    [InlineData("rassimus kiel")]
    public void A_typo_of_a_word_that_several_cells_use_is_corrected(string text) =>
        AssertQueryAboutKiel(
            KielUlmSynopsis.Titled(
                ("Demokratieförderung", "Ein Bündnis gegen Rassismus und Rechtsextremismus.", "Workshops zu Rassismus an Schulen."),
                ("Aufgaben und Arbeitsweise der zuständigen Dienststelle", "Die Stelle berät und vernetzt.", "Koordination der Träger.")),
            text,
            "Demokratieförderung");

    [Theory]
    [InlineData("Gibt es in Kiel ein Sozialticket für Geflüchtete?", "Mobilität im ländlichen Raum")]
    [InlineData("Wer hilft Zugewanderten in Kiel bei Schulden?", "Migrationsberatung")]
    public void A_field_word_the_cells_do_not_spell_meets_its_aspect_through_the_glossary(string text, string aspect) =>
        // "Ticket" alone is out of scope (a bus timetable question); the glossary knows "Sozialticket" as mobility.
        AssertQueryAboutKiel(
            KielUlmSynopsis.Titled(
                ("Mobilität im ländlichen Raum", "Ein Rufbus fährt die Dörfer an; Geflüchtete bekommen Fahrtkosten erstattet.", "Fahrradwerkstatt im Stadtteilzentrum."),
                ("Migrationsberatung", "Die MBE berät auch zu Schuldnerberatung und Wohnungssuche.", "Sprechstunde im Rathaus."),
                ("Sprachkurse", "Integrationskurse an der VHS.", "Abendkurse.")),
            text,
            aspect);

    [Fact]
    public void A_staffing_question_about_the_integration_office_asks_for_the_staffing_aspect() =>
        // "integration office" names the unit, not its tasks: a synopsis with a staffing aspect has the say.
        AssertQueryAboutKiel(
            KielUlmSynopsis.Titled(
                ("Personelle Ausstattung", "4,5 Vollzeitstellen, davon eine Leitung.", "3 Stellen im Team."),
                ("Aufgaben und Arbeitsweise der zuständigen Dienststelle", "Die Stelle berät und vernetzt.", "Koordination der Träger."),
                ("Orga - Anbindung", "Dezernat für Soziales.", "Stabsstelle beim Oberbürgermeister.")),
            "How many staff does the integration office in Kiel have?",
            "Personelle Ausstattung");

    [Theory]
    [InlineData("Wer hilft Geflüchteten in Kiel beim Mietvertrag?", "Migrationsberatung")]
    [InlineData("Mietvertrag Kiel", "Migrationsberatung")]
    public void The_asked_citys_own_cells_decide_between_aspects_whose_cells_share_the_word(string text, string aspect) =>
        // Ulm's housing cell holds "Mietvertrag" too; Kiel's answer is in its counselling cell.
        AssertQueryAboutKiel(
            KielUlmSynopsis.Titled(
                ("Migrationsberatung", "Die MBE hilft beim Mietvertrag und bei Briefen der Behörden.", "Sprechstunde im Rathaus."),
                ("Wohnsituation", "Sozialwohnungen der städtischen Gesellschaft.", "Hilfe beim Mietvertrag für Geflüchtete."),
                ("Sprachkurse", "Integrationskurse an der VHS.", "Abendkurse.")),
            text,
            aspect);

    [Theory]
    [InlineData("Welche Rolle spielen die Vereine der Migranten in Kiel?", "Migrantenorganisationen")]
    [InlineData("Pflege für ältere Migranten in Kiel", "Kultursensible Altenhilfe")]
    public void The_people_of_an_office_keyword_say_for_whom_and_do_not_name_the_aspect(string text, string aspect) =>
        // The keyword "ältere Migranten" named the elderly-care aspect in every question about migrants.
        AssertQueryAboutKiel(
            KielUlmSynopsis.Of(
                (new Aspect("Kultursensible Altenhilfe", 0, ["Senioren", "ältere Migranten", "Pflege"]), "Ein Pflegestützpunkt berät auf Türkisch.", "Besuchsdienst für Senioren."),
                (new Aspect("Migrantenorganisationen", 1), "Ein Dachverband der Vereine mit 40 Mitgliedern.", "Vereine bekommen Räume im Bürgerhaus."),
                (new Aspect("Sprachkurse", 2), "Integrationskurse an der VHS.", "Abendkurse.")),
            text,
            aspect);

    [Theory]
    [InlineData("Kitas in Kiel")]
    [InlineData("Wie kommen Kinder in Kiel an Kitas?")]
    public void A_plural_in_s_after_a_vowel_meets_its_singular_in_the_data(string text) =>
        AssertQueryAboutKiel(
            KielUlmSynopsis.Titled(
                ("Kita-Plätze", "Kita-Lotsinnen helfen bei der Anmeldung.", "Eine Kita mit Sprachförderung."),
                ("Schulische Integration", "Vorbereitungsklassen an drei Schulen.", "Seiteneinsteiger lernen in Regelklassen."),
                ("Sprachkurse", "Integrationskurse an der VHS.", "Abendkurse.")),
            text,
            "Kita-Plätze");

    [Theory]
    [InlineData("Wie viele Einwohner hat Kiel?", Intent.None)]
    [InlineData("Wie viele Mitglieder hat der Beirat in Kiel?", Intent.Query)]
    public void The_words_of_an_out_of_scope_question_shape_are_no_evidence_for_an_aspect(string text, Intent intent)
    {
        // Only the council cells mention "Einwohner", Kiel's own among them: still a population question.
        var synopsis = KielUlmSynopsis.Titled(
            ("Integrationsbeirat", "Der Beirat hat 16 Mitglieder, davon acht sachkundige Einwohner.", "Zwölf Mitglieder, gewählt von allen ausländischen Einwohnern."),
            ("Leitbild", "Ein Leitbild mit zwölf Zielen.", "Ein Leitbild von 2019."),
            ("Sprachkurse", "Integrationskurse an der VHS.", "Abendkurse."),
            ("Wohnen", "Sozialwohnungen der städtischen Gesellschaft.", "Hilfe beim Mietvertrag."));
        Assert.Equal(intent, new Recognizer(synopsis, Seed.Lexicon).Recognize(text, ConversationContext.Empty, Seed.Now).Intent);
    }

    [Fact]
    public void A_seed_synonym_yields_to_a_title_whose_compound_ends_in_it() =>
        // The seed lexicon files "organisation" under the structure aspect; this synopsis' title says "Migranten|organisationen".
        AssertQueryAboutKiel(
            KielUlmSynopsis.Of(
                (new Aspect("Orga-Struktur", 0), "Ein Amt mit zwei Abteilungen.", "Eine Stabsstelle."),
                (new Aspect("Beteiligung von Migrantenorganisationen", 1, ["MSO", "Migrantenselbstorganisationen", "Migrantenvereine"]), "Ein Dachverband mit 40 Vereinen sitzt im Beirat.", "Vereine bekommen Räume im Bürgerhaus."),
                (new Aspect("Sprachkurse", 2), "Integrationskurse an der VHS.", "Abendkurse.")),
            "How are migrant organisations involved in Kiel?",
            "Beteiligung von Migrantenorganisationen");

    [Theory]
    [InlineData("Compare school social work in Kiel")]
    [InlineData("Is there school social work in Kiel?")]
    public void An_english_phrase_meets_the_german_compound_of_its_words(string text) =>
        // "school social work" is "Schul|sozial|arbeit"; each English word alone points elsewhere (school, work).
        AssertQueryAboutKiel(
            KielUlmSynopsis.Titled(
                ("Schulsozialarbeit", "Zwölf Fachkräfte an Grund- und Mittelschulen.", "Eine Stelle je Schule."),
                ("Übergang Schule – Beruf", "Ausbildungslotsen begleiten in die Arbeit.", "Praktika in Betrieben."),
                ("Sprachkurse", "Integrationskurse an der VHS.", "Abendkurse.")),
            text,
            "Schulsozialarbeit");

    [Fact]
    public void An_english_search_phrase_is_also_searched_as_the_german_compound()
    {
        const string text = "Which cities hold a naturalisation ceremony?";
        // Only Kiel holds an "Einbürgerungsfeier"; Ulm's cell names naturalisation more often.
        var synopsis = KielUlmSynopsis.Titled(
            ("Einbürgerung", "Zweimal im Jahr gibt es eine Einbürgerungsfeier im Rathaus.", "Die Einbürgerungsstelle berät zur Einbürgerung und zum Einbürgerungstest."),
            ("Sprachkurse", "Integrationskurse an der VHS.", "Abendkurse."),
            ("Wohnen", "Sozialwohnungen der städtischen Gesellschaft.", "Hilfe beim Mietvertrag."));
        var result = new Recognizer(synopsis, Seed.Lexicon).Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal(Intent.Search, result.Intent);
        Assert.Equal("Kiel", result.Results[0].City.Name);
    }

    [Theory]
    [InlineData("Wer übernimmt in Kiel die Rolle einer Integrationsbeauftragten?")]
    [InlineData("Womit beschäftigt sich die Integrationsbeauftragte in Kiel?")]
    public void A_person_word_that_a_title_holds_asks_for_that_aspect(string text) =>
        // "Integrationsbeauftragte" is a person cue; the other cells name her too, so the title word is not specific
        // enough to name its aspect alone, but it is still the question's topic, not a word to set aside.
        AssertQueryAboutKiel(
            KielUlmSynopsis.Titled(
                ("Ausländer- und Integrationsbeauftragte", "Eine hauptamtliche Beauftragte im Rathaus.", "Ehrenamtlich, vom Rat gewählt."),
                ("Familiennachzug", "Die Integrationsbeauftragte berät zum Nachzug.", "Beratung durch die Integrationsbeauftragte."),
                ("Sprachkurse", "Die Integrationsbeauftragte vermittelt Kurse der VHS.", "Abendkurse, beschäftigt sind zwei Lehrkräfte."),
                ("Wohnen", "Die Integrationsbeauftragte berät zu Wohnungen.", "Hilfe beim Mietvertrag.")),
            text,
            "Ausländer- und Integrationsbeauftragte");

    [Theory]
    [InlineData("Which cities hold an open mosque day?", "Am Tag der offenen Moschee lädt die Gemeinde ins Rathaus ein.", "Die Gemeinden laden zum Tag des Dialogs ein; offen für alle.")]
    [InlineData("Which cities recruit nurses abroad?", "Die Stadt wirbt Krankenpfleger in Indien an.", "Die Stadt wirbt Fachkräfte im Ausland an und hilft bei der Anerkennung im Ausland erworbener Abschlüsse.")]
    public void An_english_word_the_glossary_lacks_is_searched_by_its_dictionary_translation(string text, string kiel, string ulm)
    {
        // Only Kiel's cell holds the thing asked for; Ulm's shares the other words.
        var result = SearchWithOneRelevantRow(text, "Religion und Dialog", kiel, ulm);
        Assert.Equal(Intent.Search, result.Intent);
        Assert.Equal("Kiel", result.Results[0].City.Name);
    }

    [Theory]
    [InlineData("einbürgrung kiel")]
    [InlineData("Wie läuft die Einbürgrung in Kiel?")]
    public void A_typo_of_a_title_words_part_is_corrected_to_that_part(string text) =>
        // The cells write "Einbürgerung" only inside compounds; the title's part is the word meant.
        AssertQueryAboutKiel(
            KielUlmSynopsis.Titled(
                ("Einbürgerungsförderung", "Zweimal im Jahr eine Einbürgerungsfeier.", "Eine Einbürgerungskampagne mit Lotsen."),
                ("Sprachkurse", "Integrationskurse an der VHS.", "Abendkurse."),
                ("Wohnen", "Sozialwohnungen der städtischen Gesellschaft.", "Hilfe beim Mietvertrag.")),
            text,
            "Einbürgerungsförderung");

    [Theory]
    [InlineData("Which cities use video interpreting?", "Ämter nutzen Videodolmetschen über eine Plattform.", "Dolmetschen vor Ort; Dolmetschen am Telefon; ein Video erklärt den Pool.", "Videodolmetschen")]
    [InlineData("Which cities have a democracy workshop for young people?", "Eine Demokratiewerkstatt für junge Zugewanderte.", "Der Beirat lädt zur Werkstatt ein; Demokratie im Alltag; junge Menschen.", "Demokratiewerkstatt")]
    [InlineData("Which cities have a job centre in the town hall?", "Das Jobcenter hat eine Sprechstunde im Rathaus.", "Im Rathaus gibt es ein Zentrum für Arbeit; ein Job für Geflüchtete; ein Center.", "Jobcenter")]
    [InlineData("Which cities have a job café for refugees?", "Ein Jobcafé für Geflüchtete im Stadtteilzentrum.", "Beratung zum Job für Geflüchtete im Café des Stadtteilzentrums.", "Jobcafe")]
    public void A_word_both_languages_share_joins_an_english_compound_as_itself_and_by_its_translation(string text, string kiel, string ulm, string compound)
    {
        // "video" and "workshop" are German words too, and German borrows "Job", "Center" and "Café" as they are (a British "centre" as "Center"); Kiel alone
        // writes the compound as one word, Ulm's cell repeats the single words. The compound is searched as the German noun it is.
        AssertCompoundSearchFindsKiel(text, kiel, ulm, compound);
    }

    [Theory]
    [InlineData("Which cities have a café for girls?", "Ein Mädchencafé im Jugendzentrum.", "Ein Café im Stadtteilzentrum; Angebote für Mädchen und Frauen.", "Madchencafe")]
    [InlineData("Which cities offer counselling for refugees?", "Die Flüchtlingsberatung hat täglich Sprechstunde.", "Beratung im Bürgerbüro; Sprechstunde für Geflüchtete im Rathaus.", "Fluchtlingsberatung")]
    public void An_english_modifier_after_for_joins_the_german_compound_in_front(string text, string kiel, string ulm, string compound)
    {
        // English names the modifier after "for", "at" or "of", German joins it in front, in the singular; Kiel alone
        // writes the compound, Ulm's cell holds its words apart.
        AssertCompoundSearchFindsKiel(text, kiel, ulm, compound);
    }

    private static void AssertCompoundSearchFindsKiel(string text, string kiel, string ulm, string compound)
    {
        var result = SearchWithOneRelevantRow(text, "Angebote", kiel, ulm);
        Assert.Equal(Intent.Search, result.Intent);
        Assert.Contains(compound, result.SearchTerms);
        Assert.Equal("Kiel", result.Results[0].City.Name);
    }

    /// <summary>A search over one row that holds the thing asked for and two unrelated rows.</summary>
    private static RecognitionResult SearchWithOneRelevantRow(string text, string title, string kiel, string ulm) =>
        new Recognizer(
            KielUlmSynopsis.Titled(
                (title, kiel, ulm),
                ("Sprachkurse", "Integrationskurse an der VHS.", "Abendkurse."),
                ("Wohnen", "Sozialwohnungen der städtischen Gesellschaft.", "Hilfe beim Mietvertrag.")),
            Seed.Lexicon).Recognize(text, ConversationContext.Empty, Seed.Now);

    private static void AssertQueryAboutKiel(SynopsisDocument synopsis, string text, string aspect)
    {
        var result = new Recognizer(synopsis, Seed.Lexicon).Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, aspect, "Kiel"), (result.Intent, result.Aspects.SingleOrDefault()?.Title, result.Cities.SingleOrDefault()?.Name));
    }

    [Theory]
    [InlineData("Präambel Munich", "München")]
    [InlineData("Anbindung FFM", "Frankfurt")]
    [InlineData("Anbindung Frankfurt am Main", "Frankfurt")]
    [InlineData("Aufgaben Muenster", "Münster")]
    public void Recognizes_aliases_and_exonyms(string text, string city)
    {
        Assert.Equal([city], Seed.Recognize(text).Cities.Select(static c => c.Name));
    }

    [Theory]
    [InlineData("Where is integration anchored in Stuttgart?", "Stuttgart", Anbindung)]
    [InlineData("What does the integration office in Frankfurt do?", "Frankfurt", Aufgaben)]
    [InlineData("What is the organisational structure in Bielefeld?", "Bielefeld", Struktur)]
    [InlineData("Show me the preamble of Munich", "München", Praeambel)]
    public void Understands_English_questions(string text, string city, string aspect)
    {
        var result = Seed.Recognize(text);
        Assert.Equal([city], result.Cities.Select(static c => c.Name));
        Assert.Equal([aspect], result.Aspects.Select(static a => a.Title));
    }

    [Theory]
    [InlineData("Vergleiche Bielefeld, Frankfurt und Stuttgart bei der Anbindung", 3)]
    [InlineData("Compare Munich and Stuttgart", 2)]
    [InlineData("Präambel München vs Stuttgart", 2)]
    public void Several_cities_make_a_comparison(string text, int cities)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal(cities, result.Cities.Count);
    }

    [Theory]
    [InlineData("Wie ist Integration in allen Städten angebunden?", Anbindung)]
    [InlineData("Alle Präambeln", Praeambel)]
    [InlineData("Aufgaben aller Dienststellen", Aufgaben)]
    public void Aspect_without_city_means_all_cities(string text, string aspect)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Empty(result.Cities);
        Assert.Equal([aspect], result.Aspects.Select(static a => a.Title));
    }

    [Theory]
    [InlineData("Wie viele Einwohner hat Stuttgart?")]
    [InlineData("Wer ist Oberbürgermeister von München?")]
    [InlineData("Öffnungszeiten der Integrationsstelle Frankfurt")]
    [InlineData("Wie hoch sind die Gebühren in Bielefeld?")]
    [InlineData("Wie hoch ist die Gewerbesteuer in Frankfurt?")]
    [InlineData("Wie ist das Wetter in Münster?")]
    [InlineData("Wo finde ich einen Parkplatz in Frankfurt?")]
    [InlineData("Kannst du mir ein Rezept für Apfelkuchen geben?")]
    [InlineData("Schreib mir eine Mail an das Team in Stuttgart")]
    [InlineData("Wie hat der VfL Bochum am Samstag gespielt?")]
    [InlineData("qwertz")]
    public void Answers_out_of_scope_questions_with_None(string text)
    {
        Assert.Equal(Intent.None, Seed.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("Welche Städte haben eine Flüchtlingsberatung?", "Bielefeld")]
    [InlineData("Wo gibt es Sprachförderung?", "Bielefeld")]
    [InlineData("Wer macht Öffentlichkeitsarbeit mit Fachaufsätzen?", "München")]
    [InlineData("Welche Stadt vermittelt bei Konflikten mit Nachbarn?", "Frankfurt")]
    [InlineData("Welche Stadt hat eine RAA?", "Bielefeld")]
    [InlineData("Which city offers refugee counselling?", "Bielefeld")]
    public void Search_questions_rank_the_city_that_does_it_first(string text, string city)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Search, result.Intent);
        Assert.Equal(city, result.Results[0].City.Name);
        Assert.NotEmpty(result.SearchTerms);
        Assert.NotEmpty(result.Results[0].MatchedWords);
        Assert.All(result.Results[0].MatchedWords, w => Assert.Contains(w, result.Results[0].Snippet, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Welche Städte gibt es?", Intent.ListCities)]
    [InlineData("Welche Themen kann ich abfragen?", Intent.ListAspects)]
    [InlineData("Hilfe", Intent.Help)]
    [InlineData("Hallo!", Intent.Greeting)]
    [InlineData("Vielen Dank", Intent.Thanks)]
    [InlineData("Tschüss", Intent.Goodbye)]
    [InlineData("", Intent.Help)]
    public void Recognizes_meta_and_small_talk(string text, Intent intent)
    {
        Assert.Equal(intent, Seed.Recognize(text).Intent);
    }

    [Fact]
    public void Score_is_higher_for_a_clear_question_than_for_a_vague_one()
    {
        var clear = Seed.Recognize("Wo ist Integration in Stuttgart angebunden?");
        var vague = Seed.Recognize("Orga Stuttgart");
        Assert.InRange(clear.Score, 0.8, 1.0);
        Assert.True(vague.Score < clear.Score);
    }
}
