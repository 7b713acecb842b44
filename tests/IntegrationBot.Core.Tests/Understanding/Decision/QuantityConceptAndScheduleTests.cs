using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding.Aspects;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Decision;

/// <summary>
/// On a synopsis nobody wrote a lexicon line for: a question how many staff an office has is about staffing,
/// an English word stands for its whole concept, an overview of a city is its profile, and questions about today's opening hours or the next meeting are
/// refused (a synopsis holds no schedules).
/// </summary>
public sealed class QuantityConceptAndScheduleTests
{
    private static readonly Aspect Staff = new("Personalausstattung", 0);
    private static readonly Aspect Opening = new("Interkulturelle Öffnung der Verwaltung", 1);
    private static readonly Aspect Networks = new("Netzwerke", 2);
    private static readonly City Kiel = new("Kiel");
    private static readonly City Ulm = new("Ulm");

    private static readonly Recognizer Recognizer = new(
        new SynopsisDocument(
            "Test",
            [Staff, Opening, Networks],
            [Kiel, Ulm],
            [
                TestEntry.Cell(Staff, Kiel, "Sechs Vollzeitstellen, davon zwei befristet."),
                TestEntry.Cell(Staff, Ulm, "Vier Stellen im Team."),
                TestEntry.Cell(Opening, Kiel, "Schulungen für alle Mitarbeitenden der Integrationsstelle und der Ausländerbehörde; die Verwaltung als Arbeitgeberin für alle."),
                TestEntry.Cell(Opening, Ulm, "Trainings zur interkulturellen Kompetenz für die Integrationsstelle und das Bürgerbüro."),
                TestEntry.Cell(Networks, Kiel, "Runder Tisch mit 40 Partnern aus Trägern und Vereinen."),
                TestEntry.Cell(Networks, Ulm, "Arbeitskreis der Migrationsdienste."),
            ]),
        Seed.Lexicon);

    private static RecognitionResult Recognize(string text) => Recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);

    private static readonly Lazy<Recognizer> OfficeSynopsis = OnEvalSynopsis("synopsis-blind-a.tsv");

    private static readonly Lazy<Recognizer> SynopsisWithTargetGroups = OnEvalSynopsis("synopsis-blind-e.tsv");

    private static Lazy<Recognizer> OnEvalSynopsis(string file) =>
        new(() => new Recognizer(Seed.EvalDocument(file), Seed.Lexicon));

    [Theory]
    [InlineData("How many staff does the integration unit in Kassel have?")]
    [InlineData("How many staff does the integration office in Kassel have?")]
    public void A_quantity_question_about_staff_answers_with_the_staffing_aspect(string text)
    {
        // Kassel's cells of the intercultural-opening aspect hold more of the question's words than its staffing cell.
        var result = OfficeSynopsis.Value.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, "Personalausstattung (VZÄ)", "Kassel"), (result.Intent, result.Aspects.Single().Title, result.Cities.Single().Name));
    }

    [Theory]
    [InlineData("Wie viele Einwohner hat Kiel?")]
    [InlineData("Hat das Bürgeramt in Kiel heute offen?")]
    [InlineData("Wann ist in Ulm die nächste Stadtratssitzung?")]
    [InlineData("Regnet es morgen in Kiel?")]
    public void A_question_the_synopsis_cannot_answer_is_refused(string text) =>
        Assert.Equal(Intent.None, Recognize(text).Intent);

    [Theory]
    [InlineData("Which networks exist in Kiel?")]
    [InlineData("networking in Kiel")]
    public void An_english_word_meets_a_title_that_uses_another_word_of_its_concept(string text)
    {
        var result = Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([Networks], result.Aspects);
    }

    [Theory]
    [InlineData("Was macht Hanau insgesamt in der Integrationsarbeit?")]
    [InlineData("Was macht Fürth insgesamt in der Integrationsarbeit?")]
    public void An_overview_of_a_city_with_only_a_generic_topic_word_is_its_profile(string text)
    {
        // Without the overview, "Integrationsarbeit" hints at an aspect whose title shares the word "Migration".
        var result = SynopsisWithTargetGroups.Value.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, 1, 0), (result.Intent, result.Cities.Count, result.Aspects.Count));
    }

    [Theory]
    [InlineData("Wie viele Plätze gibt es in Kiel?")]
    [InlineData("Wie viele Wochenstunden hat die Beauftragte in Ulm?")]
    [InlineData("Wie viele Vollzeitstellen hat Ulm?")]
    [InlineData("Wie viele Mitarbeitende hat Ulm?")]
    [InlineData("Wie viele Beschäftigte hat Ulm?")]
    public void A_question_for_a_number_goes_to_the_aspect_whose_cells_give_that_number(string text)
    {
        // No title holds "Plätze", "Wochenstunden" or "Stellen"; the cells that give a figure for them do.
        var housing = new Aspect("Gemeinschaftsunterkünfte", 0);
        var officer = new Aspect("Integrationsbeauftragte", 1);
        var organisation = new Aspect("Orga-Struktur", 2);
        var recognizer = new Recognizer(
            new SynopsisDocument(
                "Test",
                [housing, officer, organisation],
                [Kiel, Ulm],
                [
                    TestEntry.Cell(housing, Kiel, "Zwei Häuser mit zusammen 320 Plätzen; Plätze für Familien im Erdgeschoss."),
                    TestEntry.Cell(housing, Ulm, "Eine Unterkunft des Landkreises."),
                    TestEntry.Cell(officer, Kiel, "Berichtet dem Rat; Sprechstunden und Plätze im Beirat."),
                    TestEntry.Cell(officer, Ulm, "Die Beauftragte arbeitet mit 20 Wochenstunden; Wochenstunden der Beratung nach Bedarf."),
                    TestEntry.Cell(organisation, Kiel, "Stabsstelle mit Stellen für Beratung und Koordination."),
                    TestEntry.Cell(organisation, Ulm, "Ein Team mit 4,5 Stellen im Sozialamt."),
                ]),
            Seed.Lexicon);
        // "Mitarbeitende" and "Beschäftigte" are counted as "Stellen": the same concept in the field glossary.
        var expected = text.Contains("Plätze", StringComparison.Ordinal) ? housing : text.Contains("Wochenstunden", StringComparison.Ordinal) ? officer : organisation;
        var result = recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, expected), (result.Intent, result.Aspects.Single()));
    }

    [Theory]
    [InlineData("Wie unterstützt Kiel Menschen mit Fluchtgeschichte?")]
    [InlineData("Was tut Ulm für Jugendliche mit Migrationsgeschichte?")]
    public void A_migration_or_refugee_history_is_no_history_question(string text) =>
        Assert.DoesNotContain("out-of-scope", Recognize(text).Rule, StringComparison.Ordinal);
}
