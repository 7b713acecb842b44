using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

/// <summary>
/// A title's adjective that the cells of many aspects use ("junge" of "Mädchen- und junge Frauenarbeit", while the cells
/// of youth services, training and youth work speak of "jungen" people too) counts for less than a title word: it
/// qualifies the topic, so a question about young people in training is not about girls' work.
/// </summary>
public sealed class GenericTitleAdjectiveTests
{
    private static readonly Aspect Girls = new("Mädchen- und junge Frauenarbeit", 0);
    private static readonly Aspect YouthService = new("Jugendmigrationsdienst (JMD)", 1);
    private static readonly Aspect Transition = new("Übergang Schule-Beruf", 2);
    private static readonly Aspect YouthWork = new("Offene Jugendarbeit", 3);
    private static readonly City Kiel = new("Kiel");
    private static readonly City Ulm = new("Ulm");

    private static readonly Aspect[] Others =
    [
        new("Kita-Zugang", 4), new("Wohnen", 5), new("Sport", 6), new("Gesundheit", 7), new("Arbeitsmarkt", 8), new("Sprachkurse", 9),
    ];

    private static readonly Recognizer Recognizer = new(
        new SynopsisDocument(
            "Test",
            [Girls, YouthService, Transition, YouthWork, .. Others],
            [Kiel, Ulm],
            [
                TestEntry.Cell(Girls, Kiel, "Mädchentreff im Jugendzentrum, Selbstbehauptungskurse."),
                TestEntry.Cell(Girls, Ulm, "Mädchenhaus mit Schutzwohnung."),
                TestEntry.Cell(YouthService, Kiel, "Der JMD berät junge Zugewanderte von 12 bis 27 Jahren im Case Management."),
                TestEntry.Cell(YouthService, Ulm, "Beratung junger Menschen mit Migrationsgeschichte durch den JMD der Caritas."),
                TestEntry.Cell(Transition, Kiel, "Ausbildungslotsen begleiten junge Geflüchtete in die Ausbildung."),
                TestEntry.Cell(Transition, Ulm, "Berufsorientierung an den Berufsschulen."),
                TestEntry.Cell(YouthWork, Kiel, "Jugendtreffs in allen Stadtteilen, Beteiligung junger Leute an der Planung."),
                TestEntry.Cell(YouthWork, Ulm, "Streetwork und Ferienprogramme."),
                TestEntry.Cell(Others[0], Kiel, "Kitaplatzvergabe mit Lotsinnen."),
                TestEntry.Cell(Others[1], Kiel, "Wohnungslotsen und Mietführerschein."),
                TestEntry.Cell(Others[2], Kiel, "Schwimmkurse in Vereinen."),
                TestEntry.Cell(Others[3], Kiel, "Gesundheitslotsen nach MiMi."),
                TestEntry.Cell(Others[4], Kiel, "Welcome Center mit Jobcenter."),
                TestEntry.Cell(Others[5], Kiel, "Integrationskurse an der VHS."),
            ]),
        Seed.Lexicon);

    private static RecognitionResult Recognize(string text) => Recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);

    [Fact]
    public void A_generic_title_adjective_does_not_outweigh_what_the_question_is_about()
    {
        var result = Recognize("Was gibt es in Kiel für junge Geduldete, die eine Ausbildung anfangen wollen?");
        Assert.Equal((Intent.Query, Transition), (result.Intent, result.Aspects.First()));
    }

    [Fact]
    public void The_adjective_with_its_own_noun_still_names_the_aspect()
    {
        var result = Recognize("Was gibt es in Ulm für junge Frauen?");
        Assert.Equal((Intent.Query, Girls), (result.Intent, result.Aspects.Single()));
    }
}
