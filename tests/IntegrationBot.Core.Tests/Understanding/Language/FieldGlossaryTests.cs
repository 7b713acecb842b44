using IntegrationBot.Core.Understanding.Text;
using IntegrationBot.Core.Understanding.Language;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Tests.Understanding.Language;

/// <summary>The field glossary relates the field's German words and maps English words to German.</summary>
public sealed class FieldGlossaryTests
{
    private static readonly FieldGlossary Small = FieldGlossary.Parse("glossary.txt",
    [
        "# test glossary",
        "Beirat; Integrationsrat; Ausländerbeirat | en: advisory board; council",
        "Flüchtlinge; Geflüchtete | en: refugee; refugees",
        "Rat; Gemeinderat | en: council",
        "Sprachmittlung; Dolmetschen",
    ]);

    [Theory]
    [InlineData("Integrationsrat", "Beirat")]
    [InlineData("Ausländerbeiräte", "Integrationsrat")]
    [InlineData("geflüchteten", "Flüchtlinge")]
    [InlineData("Dolmetschen", "Sprachmittlung")]
    public void German_words_of_one_concept_are_related(string word, string expected)
    {
        Assert.Contains(expected, Small.Related(word));
        Assert.DoesNotContain(word, Small.Related(word));
    }

    [Theory]
    [InlineData("refugees", true)]
    [InlineData("board", true)]
    [InlineData("refugee", true)]
    [InlineData("refuge", false)]
    [InlineData("beirat", false)]
    public void An_English_word_is_known_as_spelled(string folded, bool english) =>
        Assert.Equal(english, Small.IsEnglishWord(folded));

    [Theory]
    [InlineData("refugees", "Geflüchtete")]
    [InlineData("Refugee", "Flüchtlinge")]
    [InlineData("advisory board", "Ausländerbeirat")]
    [InlineData("council", "Integrationsrat")]
    [InlineData("council", "Gemeinderat")]
    public void English_words_map_to_German(string english, string expected)
    {
        Assert.Contains(expected, Small.GermanFor(english));
        Assert.Equal(Small.GermanFor(english), Small.GermanForKey(LanguageKey.Of(english)));
    }

    [Theory]
    [InlineData("überprüft", "Monitoring")]
    [InlineData("begrüßt", "Willkommenskultur")]
    public void A_conjugated_verb_finds_the_concept_of_its_infinitive_by_root(string word, string expected)
    {
        var glossary = FieldGlossary.Load(Seed.LexiconDirectory);
        Assert.Empty(glossary.Related(word));
        Assert.Contains(expected, glossary.RelatedByRoot(DerivationRoot.Of(WordFolder.Fold(word))));
    }

    [Fact]
    public void Unknown_words_have_nothing()
    {
        Assert.Empty(Small.GermanFor("weather"));
        Assert.Empty(Small.Related("Wetter"));
        Assert.Empty(FieldGlossary.Empty.GermanFor("refugee"));
        Assert.Empty(FieldGlossary.Empty.Related("Beirat"));
    }

    [Theory]
    [InlineData("Beirat | advisory board", "en:")]
    [InlineData(" | en: council", "deutsche Wort")]
    [InlineData("Beirat | en: ", "kein englisches")]
    [InlineData("Beirat", "allein")]
    public void Malformed_line_is_reported_with_line(string line, string reason)
    {
        var error = Assert.Throws<LexiconFormatException>(() => FieldGlossary.Parse("g.txt", ["# c", "Rat; Gremium", line]));
        Assert.Equal(3, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_glossary_loads_and_feeds_the_lexicon_English_map()
    {
        var glossary = FieldGlossary.Load(Seed.LexiconDirectory);
        Assert.NotEmpty(glossary.Concepts);
        var lexicon = Seed.Lexicon;
        Assert.Equal(glossary.Concepts.Select(static c => c.ToString()), lexicon.FieldGlossary.Concepts.Select(static c => c.ToString()));
        foreach (var (english, german) in lexicon.Glossary)
        {
            Assert.All(german, g => Assert.Contains(g, glossary.GermanFor(english)));
            Assert.Contains(german[0], glossary.Concepts.Select(static c => c.German[0]));
        }

        Assert.Equal(["Flüchtlingsberatung"], lexicon.Glossary.Single(static g => g.Key == "refugee counselling").Value);
    }

    private static readonly Lazy<FieldGlossary> ShippedGlossary = new(() => FieldGlossary.Load(Seed.LexiconDirectory));

    [Theory]
    [InlineData("Ausländerbeirat", "Migrationsbeirat")]
    [InlineData("Integrationsrat", "Beirat")]
    [InlineData("Dolmetschen", "Sprachmittlung")]
    [InlineData("Übersetzung", "Dolmetschen")]
    [InlineData("Geflüchtete", "Asylsuchende")]
    [InlineData("Schutzsuchenden", "Flüchtling")]
    [InlineData("Neuankömmlinge", "Zugezogene")]
    [InlineData("Willkommenszentrum", "Welcome Center")]
    [InlineData("Servicestelle", "Willkommenszentrum")]
    [InlineData("Freiwilligenarbeit", "Ehrenamt")]
    [InlineData("Diskriminierungsschutz", "Antidiskriminierung")]
    [InlineData("Integrationsbericht", "Monitoring")]
    [InlineData("Deutschkurse", "Integrationskurs")]
    [InlineData("Gemeinschaftsunterkunft", "Wohnen")]
    [InlineData("Staatsangehörigkeit", "Einbürgerung")]
    [InlineData("Zuschüsse", "Budget")]
    [InlineData("Finanzierung", "Förderung")]
    [InlineData("Mitarbeitende", "Stellen")]
    [InlineData("Jobcenter", "Beschäftigung")]
    [InlineData("Kindergarten", "Kita")]
    [InlineData("Willkommensklasse", "Seiteneinsteiger")]
    [InlineData("Muttersprache", "Herkunftssprache")]
    [InlineData("schwänzen", "Schulsozialarbeit")]
    [InlineData("Berufsorientierung", "Praktikum")]
    [InlineData("Alphakurs", "Alphabetisierung")]
    [InlineData("Nachhilfe", "Hausaufgabenhilfe")]
    [InlineData("Asylbewerberheim", "Unterbringung")]
    [InlineData("Eigenanteil", "Förderung")]
    [InlineData("Anwerbung", "Fachkräfteeinwanderung")]
    [InlineData("Menschen mit Behinderung", "Eingliederungshilfe")]
    [InlineData("Teilhabe", "Partizipation")]
    [InlineData("Nachbarschaft", "Quartier")]
    [InlineData("Interkulturelle Öffnung", "interkulturelle Kompetenz")]
    [InlineData("Frauenhaus", "häusliche Gewalt")]
    [InlineData("misshandelt", "Gewaltschutz")]
    [InlineData("Zwangsheirat", "Zwangsverheiratung")]
    [InlineData("Erziehungsberatung", "Familienberatung")]
    [InlineData("Careleaver", "junge Volljährige")]
    [InlineData("Ferienpass", "Ferienprogramm")]
    [InlineData("Jugendparlament", "Jugendbeteiligung")]
    [InlineData("Gleichstellungsbeauftragte", "Frauenförderung")]
    [InlineData("Kriegsflüchtlinge", "Geflüchtete aus der Ukraine")]
    [InlineData("obdachlos", "Wohnungslosigkeit")]
    [InlineData("Schulden", "Schuldnerberatung")]
    [InlineData("Anwalt", "Rechtsberatung")]
    [InlineData("Sozialticket", "Mobilität")]
    [InlineData("Stadtteilfest", "Interkulturelle Woche")]
    [InlineData("angegriffen", "Opferberatung")]
    [InlineData("Lohnbetrug", "Arbeitsausbeutung")]
    public void Shipped_glossary_relates_the_fields_words(string word, string expected)
    {
        Assert.Contains(expected, ShippedGlossary.Value.Related(word));
    }

    /// <summary>
    /// Education is several concepts, not one: a synopsis of the field has Kita, school entry, heritage language,
    /// school social work and adult education as separate aspects, and one broad line made each evidence for all.
    /// </summary>
    [Theory]
    [InlineData("Kita", "Seiteneinsteiger")]
    [InlineData("Muttersprache", "Kita")]
    [InlineData("Volkshochschule", "Schulsozialarbeit")]
    [InlineData("Willkommensklasse", "Volkshochschule")]
    [InlineData("Fachkräfte", "Anwerbung")]
    [InlineData("Zwangsheirat", "Frauenhaus")]
    [InlineData("Erziehungsberatung", "Frühe Hilfen")]
    [InlineData("Frauenförderung", "Chancengleichheit")]
    [InlineData("Jugendparlament", "Jugendmigrationsdienst")]
    [InlineData("angegriffen", "Frauenhaus")]
    [InlineData("Obdachlose", "Gemeinschaftsunterkunft")]
    [InlineData("Geld", "Ausstattung")]
    public void Shipped_glossary_keeps_the_education_fields_concepts_apart(string word, string other)
    {
        Assert.DoesNotContain(other, ShippedGlossary.Value.Related(word));
    }

    [Theory]
    [InlineData("refugee", "Flüchtling")]
    [InlineData("asylum", "Asyl")]
    [InlineData("counselling", "Beratung")]
    [InlineData("advice", "Beratung")]
    [InlineData("language course", "Sprachkurs")]
    [InlineData("interpreter", "Sprachmittlung")]
    [InlineData("welcome centre", "Willkommenszentrum")]
    [InlineData("newcomers", "Neuzugewanderte")]
    [InlineData("volunteer", "Ehrenamt")]
    [InlineData("council", "Gemeinderat")]
    [InlineData("advisory board", "Beirat")]
    [InlineData("funding", "Förderung")]
    [InlineData("budget", "Budget")]
    [InlineData("staff", "Personal")]
    [InlineData("housing", "Wohnen")]
    [InlineData("accommodation", "Unterbringung")]
    [InlineData("health", "Gesundheit")]
    [InlineData("education", "Bildung")]
    [InlineData("school", "Schule")]
    [InlineData("literacy", "Alphabetisierung")]
    [InlineData("school social work", "Schulsozialarbeit")]
    [InlineData("mother tongue", "Muttersprache")]
    [InlineData("homework", "Hausaufgabenhilfe")]
    [InlineData("disability", "Behinderung")]
    [InlineData("jobs", "Arbeitsmarkt")]
    [InlineData("employment", "Beschäftigung")]
    [InlineData("discrimination", "Antidiskriminierung")]
    [InlineData("racism", "Rassismus")]
    [InlineData("diversity", "Vielfalt")]
    [InlineData("participation", "Teilhabe")]
    [InlineData("naturalisation", "Einbürgerung")]
    [InlineData("citizenship", "Staatsangehörigkeit")]
    [InlineData("monitoring", "Monitoring")]
    [InlineData("report", "Bericht")]
    [InlineData("strategy", "Strategie")]
    [InlineData("concept", "Konzept")]
    [InlineData("mission statement", "Leitbild")]
    [InlineData("network", "Vernetzung")]
    [InlineData("coordination", "Koordination")]
    [InlineData("department", "Dienststelle")]
    [InlineData("office", "Amt")]
    [InlineData("structure", "Struktur")]
    [InlineData("tasks", "Aufgaben")]
    [InlineData("preamble", "Präambel")]
    [InlineData("women's shelter", "Frauenhaus")]
    [InlineData("domestic violence", "häusliche Gewalt")]
    [InlineData("forced marriage", "Zwangsverheiratung")]
    [InlineData("care leavers", "Careleaver")]
    [InlineData("family counselling", "Erziehungsberatung")]
    [InlineData("holiday programme", "Ferienprogramm")]
    [InlineData("youth parliament", "Jugendparlament")]
    [InlineData("gender equality", "Frauenförderung")]
    [InlineData("fled the war", "Kriegsflüchtlinge")]
    [InlineData("homeless", "Wohnungslosigkeit")]
    [InlineData("legal advice", "Rechtsberatung")]
    [InlineData("public transport", "Mobilität")]
    [InlineData("hate crime", "Opferberatung")]
    [InlineData("resettlement", "humanitäre Aufnahme")]
    [InlineData("mosques", "Moscheen")]
    [InlineData("neo-nazis", "Rechtsextremismus")]
    [InlineData("recognised", "Anerkennung")]
    [InlineData("foreign degrees", "Berufsanerkennung")]
    public void Shipped_glossary_maps_the_fields_English_words_to_German(string english, string german)
    {
        Assert.Contains(german, ShippedGlossary.Value.GermanFor(english));
    }

    [Fact]
    public void Shipped_glossary_is_keyed_by_words_not_by_aspect_titles_of_the_seed()
    {
        var titles = Seed.Document.Aspects.Select(static a => LanguageKey.Of(a.Title)).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(ShippedGlossary.Value.Concepts.SelectMany(static c => c.German), w => titles.Contains(LanguageKey.Of(w)));
        Assert.True(ShippedGlossary.Value.Concepts.Count >= 60);
    }
}
