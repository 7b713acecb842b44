using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding.Aspects;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Decision;

/// <summary>
/// Questions in everyday words on a synopsis nobody wrote a lexicon line for: a compound of a title word is a topic
/// ("Sportverein"), two joined topics ask for two aspects, a word that is only part of one title ("Arbeit" of
/// "Arbeitsweise") still reaches its concept, and a term of the field with a function word inside counts as a term.
/// </summary>
public sealed class EverydayTopicTests
{
    private static readonly Aspect Housing = new("Wohnraumversorgung", 0);
    private static readonly Aspect Sport = new("Integration durch Sport", 1);
    private static readonly Aspect Labour = new("Arbeitsmarktintegration / Anerkennung", 2);
    private static readonly Aspect Tasks = new("Aufgaben und Arbeitsweise der zuständigen Dienststelle", 3);
    private static readonly Aspect Organisations = new("Migrantenorganisationen (MO)", 4);
    private static readonly Aspect Digital = new("Digitale Teilhabe", 5);
    private static readonly Aspect Residence = new("Wohnsitzauflage und Zuzug", 6);
    private static readonly City Kiel = new("Kiel");
    private static readonly City Ulm = new("Ulm");

    private static readonly Recognizer Recognizer = new(
        new SynopsisDocument(
            "Test",
            [Housing, Sport, Labour, Tasks, Organisations, Digital, Residence],
            [Kiel, Ulm],
            [
                TestEntry.Cell(Housing, Kiel, "Auszugsmanagement aus den Gemeinschaftsunterkünften, Wohnungslotsen."),
                TestEntry.Cell(Housing, Ulm, "Belegungsrechte der städtischen Wohnungsgesellschaft für Geflüchtete."),
                TestEntry.Cell(Sport, Kiel, "Schwimmkurse in den Vereinen, Stützpunkte des Landessportbundes."),
                TestEntry.Cell(Sport, Ulm, "Kostenlose Mitgliedschaft für Kinder aus Unterkünften."),
                TestEntry.Cell(Labour, Kiel, "Jobcenter und Agentur beraten gemeinsam im Welcome Center."),
                TestEntry.Cell(Labour, Ulm, "Anerkennungsberatung durch das IQ Netzwerk."),
                TestEntry.Cell(Tasks, Kiel, "Die Stabsstelle koordiniert, berät die Ämter und bündelt die Projekte."),
                TestEntry.Cell(Tasks, Ulm, "Querschnittsaufgabe mit Berichtspflicht an den Gemeinderat."),
                TestEntry.Cell(Organisations, Kiel, "Förderfonds für Projekte, Beratung der Vorstände."),
                TestEntry.Cell(Organisations, Ulm, "Verbund der Selbstorganisationen mit Geschäftsstelle."),
                TestEntry.Cell(Digital, Kiel, "Tablets für Familien in Unterkünften, Kurse in der Stadtbibliothek."),
                TestEntry.Cell(Digital, Ulm, "WLAN in allen Unterkünften."),
                TestEntry.Cell(Residence, Kiel, "Zuzug nur mit Zustimmung der Ausländerbehörde."),
                TestEntry.Cell(Residence, Ulm, "Wohnsitzauflage für drei Jahre."),
            ]),
        Seed.Lexicon);

    private static RecognitionResult Recognize(string text, ConversationContext? context = null) =>
        Recognizer.Recognize(text, context ?? ConversationContext.Empty, Seed.Now);

    [Theory]
    [InlineData("Wie kommen Geflüchtete in Kiel in einen Sportverein?")]
    [InlineData("Welche Rolle spielen Sportvereine in Kiel?")]
    public void A_compound_of_a_title_word_is_a_topic_of_the_synopsis_not_out_of_scope(string text)
    {
        var result = Recognize(text);
        Assert.Equal((Intent.Query, Sport), (result.Intent, result.Aspects.Single()));
    }

    [Theory]
    [InlineData("Gibt es in Ulm einen Zuzugsstopp?")]
    [InlineData("wohnsitzregelung kiel")]
    public void A_compound_of_a_title_word_and_a_general_head_is_a_topic_of_that_title_word(string text)
    {
        // Neither the cells nor the titles hold "Zuzugsstopp" or "Wohnsitzregelung"; their first parts are title words.
        var result = Recognize(text);
        Assert.Equal((Intent.Query, Residence), (result.Intent, result.Aspects.Single()));
    }

    [Theory]
    [InlineData("Wohnen und Sport in Kiel")]
    [InlineData("Was macht Kiel beim Wohnen und beim Sport?")]
    public void Two_joined_topics_ask_for_both_aspects(string text)
    {
        var result = Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([Housing, Sport], result.Aspects.OrderBy(static a => a.Order));
    }

    [Theory]
    [InlineData("Wie kommen Geflüchtete in Kiel in Arbeit?")]
    [InlineData("Wie bringen die Städte Zugewanderte in Arbeit?")]
    public void A_word_that_is_only_part_of_a_title_word_still_means_its_concept(string text)
    {
        // "Arbeit" is a part of "Arbeitsweise" and of "Arbeitsmarktintegration"; the glossary says it is the labour market.
        var result = Recognize(text);
        Assert.Equal((Intent.Query, Labour), (result.Intent, result.Aspects.Single()));
    }

    [Theory]
    [InlineData("Wie unterstützt Kiel die Vereine von Zugewanderten?")]
    [InlineData("Wie fördert Ulm die Vereine von Migranten?")]
    public void A_field_term_with_a_function_word_inside_counts_as_the_term(string text)
    {
        var result = Recognize(text);
        Assert.Equal((Intent.Query, Organisations), (result.Intent, result.Aspects.Single()));
    }

    [Theory]
    [InlineData("Digitalisierung in Ulm")]
    [InlineData("Haben die Unterkünfte in Ulm Internet?")]
    public void Everyday_words_of_digital_access_meet_the_digital_aspect(string text)
    {
        var result = Recognize(text);
        Assert.Equal((Intent.Query, Digital), (result.Intent, result.Aspects.Single()));
    }

    [Theory]
    [InlineData("refugee")]
    [InlineData("Which counselling is there for refugees in Kiel?")]
    public void A_synonym_of_several_words_in_the_thesaurus_lends_none_of_its_words_alone(string text)
    {
        // The thesaurus lists "politisch Verfolgter" beside "Refugee"; "politisch" alone would name the council's title.
        var council = new Aspect("Integrationsbeirat und politische Partizipation", 0);
        var counselling = new Aspect("Asylsozialberatung", 1);
        var recognizer = KielUlmSynopsis.Recognizer(
            council, "Der Beirat wird alle fünf Jahre gewählt.", "Beirat mit Antragsrecht im Gemeinderat.",
            counselling, "Beratung für Flüchtlinge in der Unterkunft.", "Sprechstunden der Wohlfahrtsverbände.");
        Assert.Equal(counselling, recognizer.Model.AspectRanker.Rank(text)[0].Aspect);
    }

    [Theory]
    [InlineData("Wie organisiert Kiel die Sprachmittlung?", "Sprachmittlung")]
    [InlineData("Wie ist die Sprachmittlung in Ulm organisiert?", "Sprachmittlung")]
    [InlineData("Wie ist die Integrationsarbeit in Kiel organisiert?", "Orga-Struktur")]
    public void How_something_is_organised_asks_about_that_thing_when_it_is_named(string text, string expected)
    {
        var structure = new Aspect("Orga-Struktur", 0);
        var interpreting = new Aspect("Sprachmittlung", 1);
        var recognizer = KielUlmSynopsis.Recognizer(
            structure, "Stabsstelle mit drei Sachgebieten.", "Abteilung im Sozialamt.",
            interpreting, "Dolmetscherpool mit 40 Sprachen.", "Video-Dolmetschen im Bürgeramt.");
        var result = recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, expected), (result.Intent, result.Aspects.Single().Title));
    }

    [Fact]
    public void A_thesaurus_synonym_of_another_sense_weighs_less_than_the_words_own_concept()
    {
        // The thesaurus puts "Vater" beside "Senior" (an older man); fathers are parents here.
        var parents = new Aspect("Elternarbeit", 0);
        var seniors = new Aspect("Senioren", 1);
        var recognizer = KielUlmSynopsis.Recognizer(
            parents, "Elterncafés an Grundschulen, Elternbegleiter.", "Kurse für Eltern in den Familienzentren.",
            seniors, "Besuchsdienst für ältere Zugewanderte.", "Seniorentreff mit Sprechstunde.");
        Assert.Equal(parents, recognizer.Model.AspectRanker.Rank("Gibt es in Kiel was für Väter?")[0].Aspect);
    }

    [Theory]
    [InlineData("macht")]
    [InlineData("machen")]
    [InlineData("gemacht")]
    public void A_light_verb_in_any_form_is_no_evidence_even_where_a_cell_holds_it(string verb)
    {
        // A cell saying who "macht" the homework help must not make every "Was macht …?" a question about it.
        var homework = new Aspect("Hausaufgabenhilfe", 0);
        var tasks = new Aspect("Aufgaben der Fachstelle", 1);
        var recognizer = KielUlmSynopsis.Recognizer(
            homework, "Ehrenamtliche Lernpaten, mit denen man die Hausaufgaben macht, gemacht hat und machen wird.", "Hausaufgabenhilfe im Jugendhaus.",
            tasks, "Steuerung der Projekte.", "Koordination und Beratung.");
        Assert.Empty(recognizer.Model.AspectRanker.Rank(verb));
    }

    [Theory]
    [InlineData("Does Kiel help migrants who want to open an account for their club?", Intent.Query)]
    [InlineData("Are the sports clubs in Ulm open to refugee children?", Intent.Query)]
    [InlineData("Is the town hall in Kiel open today?", Intent.None)]
    public void Open_is_out_of_scope_only_as_opening_hours(string text, Intent intent) =>
        Assert.Equal(intent, Recognize(text).Intent);

    [Theory]
    [InlineData("What do the different cities do for refugee housing?")]
    [InlineData("What support is there in the different cities for refugees who look for a flat?")]
    [InlineData("Welche Hilfe gibt es in den verschiedenen Städten bei der Wohnungssuche?")]
    public void The_different_cities_asks_about_all_cities_not_for_the_list_of_cities(string text)
    {
        var result = Recognize(text);
        Assert.Equal((Intent.Query, Housing), (result.Intent, result.Aspects.SingleOrDefault()));
        Assert.Empty(result.Cities);
    }

    [Theory]
    [InlineData("Welche Städte bieten Schwimmkurse an? Alle bitte")]
    [InlineData("Welche Städte haben Schwimmkurse? Zeig mir alle.")]
    public void A_which_cities_question_followed_by_a_request_for_all_shows_the_aspect_for_all_cities(string text)
    {
        var result = Recognize(text);
        Assert.Equal((Intent.Query, Sport, 0), (result.Intent, result.Aspects.Single(), result.Cities.Count));
    }

    [Fact]
    public void All_inside_the_which_cities_question_belongs_to_the_search()
    {
        var result = Recognize("Welche Städte haben Schwimmkurse in allen Vereinen?");
        Assert.Equal(Intent.Search, result.Intent);
    }

    [Fact]
    public void Stell_das_gegenueber_adds_the_city_to_the_previous_question()
    {
        var context = ConversationContext.Empty.After(Recognize("Sport in Kiel"), Seed.Now);
        var result = Recognize("Stell das Ulm gegenüber", context);
        Assert.Equal((Intent.Query, Sport), (result.Intent, result.Aspects.Single()));
        Assert.Equal([Kiel, Ulm], result.Cities);
    }
}
