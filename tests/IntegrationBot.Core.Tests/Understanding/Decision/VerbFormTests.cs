using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding.Aspects;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Decision;

/// <summary>
/// German verb forms on a synopsis with titles written as questions: a split separable verb meets its noun
/// ("bringt … unter" ~ "Unterbringung"), and a light verb ("kommen", "tut") says nothing about the topic, even when a
/// title holds it.
/// </summary>
public sealed class VerbFormTests
{
    private static readonly Aspect Housing = new("Unterbringung und Anschlusswohnen", 0);
    private static readonly Aspect School = new("Wie kommen Seiteneinsteiger in die Schule?", 1);
    private static readonly Aspect Jobcentre = new("Wie arbeitet die Stadt mit dem Jobcenter zusammen?", 2);
    private static readonly Aspect Naturalisation = new("Einbürgerung", 3);
    private static readonly Aspect Volunteering = new("Bürgerschaftliches Engagement", 4);
    private static readonly City Kiel = new("Kiel");
    private static readonly City Ulm = new("Ulm");

    private static readonly Recognizer Recognizer = new(
        new SynopsisDocument(
            "Test",
            [Housing, School, Jobcentre, Naturalisation, Volunteering],
            [Kiel, Ulm],
            [
                TestEntry.Cell(Housing, Kiel, "Gemeinschaftsunterkünfte mit 400 Plätzen, Auszugsmanagement in Mietwohnungen."),
                TestEntry.Cell(Housing, Ulm, "Dezentrale Wohnungen, Wohnungslotsen für Geflüchtete."),
                TestEntry.Cell(School, Kiel, "Vorbereitungsklassen an zwölf Schulen, Schulplatzvergabe durch das Schulamt."),
                TestEntry.Cell(School, Ulm, "Clearingstelle für neu zugewanderte Kinder und Jugendliche."),
                TestEntry.Cell(Jobcentre, Kiel, "Gemeinsame Fallkonferenzen mit dem Jobcenter, Sprechstunden in den Unterkünften."),
                TestEntry.Cell(Jobcentre, Ulm, "Kooperationsvereinbarung mit Jobcenter und Agentur für Arbeit."),
                TestEntry.Cell(Naturalisation, Kiel, "Einbürgerungsfeier im Rathaus, 1.200 Anträge im Jahr, Online-Antrag seit 2025."),
                TestEntry.Cell(Naturalisation, Ulm, "Einbürgerungslotsen beraten zu Staatsangehörigkeit und Pass."),
                TestEntry.Cell(Volunteering, Kiel, "Freiwilligenagentur, Patenschaften für neu ankommende Familien."),
                TestEntry.Cell(Volunteering, Ulm, "Netzwerk Asyl mit 120 Ehrenamtlichen, die neu ankommende Menschen begleiten."),
            ]),
        Seed.Lexicon);

    private static RecognitionResult Recognize(string text) => Recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);

    [Theory]
    [InlineData("Wie bringt Kiel neu ankommende Flüchtlinge unter?", 0)]
    [InlineData("Bringt Ulm die Familien unter?", 0)]
    public void A_split_separable_verb_meets_its_noun(string text, int aspect)
    {
        var result = Recognize(text);
        Assert.Equal((Intent.Query, aspect), (result.Intent, result.Aspects.Single().Order));
    }

    [Fact]
    public void A_title_with_a_split_separable_verb_meets_its_noun()
    {
        var housing = new Aspect("Wie bringt die Stadt Geflüchtete unter?", 0);
        var health = new Aspect("Gesundheitliche Versorgung", 1);
        var recognizer = KielUlmSynopsis.Recognizer(
            housing, "Auszugsmanagement und Belegungssteuerung.", "Vermittlung durch Lotsen.",
            health, "Impfsprechstunden in den Unterkünften.", "Psychosoziales Zentrum in der Erstaufnahme.");
        var result = recognizer.Recognize("Unterbringung in Kiel", ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, housing), (result.Intent, result.Aspects.Single()));
    }

    [Fact]
    public void The_verb_of_a_joined_separable_verb_does_not_count_on_its_own()
    {
        // "arbeitet … zusammen" is cooperation; "arbeitet" alone would meet the way of working of the office.
        var work = new Aspect("Aufgaben und Arbeitsweise der Dienststelle", 0);
        var networks = new Aspect("Netzwerke", 1);
        var recognizer = KielUlmSynopsis.Recognizer(
            work, "Die Stelle arbeitet projektbezogen und arbeitet mit offenen Sprechstunden.", "Sie arbeitet aufsuchend in den Stadtteilen.",
            networks, "Kiel arbeitet am Runden Tisch mit Vereinen zusammen.", "Ulm arbeitet eng mit den Wohlfahrtsverbänden zusammen.");
        var ranked = recognizer.Model.AspectRanker.Rank("Wie arbeitet Kiel mit anderen zusammen?");
        Assert.Equal([networks], ranked.Select(static r => r.Aspect));
    }

    [Theory]
    [InlineData("Wie kommen die Städte mit den vielen Anträgen auf den deutschen Pass klar?", 3)]
    [InlineData("Wie kommen Ehrenamtliche in Kiel zu ihren Einsätzen?", 4)]
    public void A_light_verb_of_a_title_is_no_evidence_for_it(string text, int aspect)
    {
        var result = Recognize(text);
        Assert.Equal((Intent.Query, aspect), (result.Intent, result.Aspects.Single().Order));
    }

    [Fact]
    public void Finding_something_in_the_question_is_no_search_request()
    {
        var result = Recognize("Was tun die Städte, damit Geflüchtete eine Wohnung finden?");
        Assert.Equal((Intent.Query, Housing), (result.Intent, result.Aspects.Single()));
        Assert.Empty(result.Cities);
    }

    [Fact]
    public void Asking_where_to_find_something_is_still_a_search() =>
        Assert.Equal(Intent.Search, Recognize("Wo finde ich Wohnungslotsen?").Intent);
}
