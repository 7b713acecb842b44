using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding.Aspects;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Decision;

/// <summary>
/// Evidence for an aspect of the loaded synopsis beats a cue that would refuse or mislead: an out-of-scope word beside a
/// clear topic ("die Staatsbürgerschaft online beantragen"), a German word that shares its stem with an English word of
/// the field ("Studenten" ~ "students"). Out-of-scope words themselves are never that evidence.
/// </summary>
public sealed class EvidenceOverCueTests
{
    private static readonly Aspect Naturalisation = new("Einbürgerung", 0);
    private static readonly Aspect Students = new("Internationale Studierende", 1);
    private static readonly Aspect Nursery = new("Kita-Einstieg", 2);
    private static readonly Aspect Week = new("Interkulturelle Woche", 3);
    private static readonly Aspect Council = new("Integrationsbeirat bzw. Migrantenvertretung", 4);
    private static readonly City Kiel = new("Kiel");
    private static readonly City Ulm = new("Ulm");

    private static readonly Recognizer Recognizer = new(
        new SynopsisDocument(
            "Test",
            [Naturalisation, Students, Nursery, Week, Council],
            [Kiel, Ulm],
            [
                TestEntry.Cell(Naturalisation, Kiel, "Einbürgerungsfeier im Rathaus, Online-Antrag seit 2025."),
                TestEntry.Cell(Naturalisation, Ulm, "Einbürgerungslotsen beraten im Bürgeramt zu Staatsangehörigkeit und Pass."),
                TestEntry.Cell(Students, Kiel, "An der Universität studieren rund 2.000 internationale Studierende."),
                TestEntry.Cell(Students, Ulm, "Welcome Desk der Hochschule, aktuell Werkstudentenstellen in der Verwaltung."),
                TestEntry.Cell(Nursery, Kiel, "Brückenangebote vor dem Kita-Start, Elterncafés in 12 Kitas."),
                TestEntry.Cell(Nursery, Ulm, "Kita-Einstieg in vier Stadtteilen, Schulen und Kitas arbeiten zusammen."),
                TestEntry.Cell(Week, Kiel, "Zwei Wochen mit Festen, am Wochenende ein Familientag auf dem Rathausplatz."),
                TestEntry.Cell(Week, Ulm, "Eröffnung durch den Oberbürgermeister mit einem Fest der Kulturen, offen für alle."),
                TestEntry.Cell(Council, Kiel, "Der Beirat wird alle fünf Jahre von den ausländischen Einwohnern gewählt."),
                TestEntry.Cell(Council, Ulm, "Migrantenvertretung mit 15 Mitgliedern, berufen vom Gemeinderat, tagt in offener Sitzung."),
            ]),
        Seed.Lexicon);

    private static RecognitionResult Recognize(string text) => Recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);

    [Theory]
    [InlineData("Kann man in Kiel die Staatsbürgerschaft online beantragen?", 0)]
    [InlineData("Können Ausländerinnen und Ausländer in Ulm eigene Vertreter wählen?", 4)]
    public void A_clear_topic_beside_an_out_of_scope_word_is_answered(string text, int aspect)
    {
        var result = Recognize(text);
        Assert.Equal((Intent.Query, aspect), (result.Intent, result.Aspects.Single().Order));
    }

    [Theory]
    [InlineData("Wie lange bleiben Kinder ohne Deutschkenntnisse in Kiel in einer eigenen Klasse?")]
    [InlineData("Wie hoch ist der Anteil der Kinder ohne Deutschkenntnisse in den Vorbereitungsklassen in Ulm?")]
    public void Strong_evidence_for_two_close_aspects_outweighs_a_refusing_cue(string text)
    {
        // Both aspects speak of children without German in classes: neither leads clearly, yet the question is answerable.
        var recognizer = new Recognizer(
            KielUlmSynopsis.Titled(
                ("Schulische Integration", "Kinder ohne Deutschkenntnisse lernen ein Jahr in einer eigenen Klasse.", "Vorbereitungsklassen für Kinder ohne Deutschkenntnisse."),
                ("Integration durch Sport", "Kinder ohne Deutschkenntnisse turnen in einer eigenen Klasse.", "Schwimmkurse in Vorbereitungsklassen für Kinder ohne Deutschkenntnisse.")),
            Seed.Lexicon);
        var result = recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.NotEmpty(result.Aspects);
    }

    [Theory]
    [InlineData("Wie wird das Wetter am Wochenende in Kiel?")]
    [InlineData("Was kostet ein Anwohnerparkausweis in Ulm?")]
    public void Out_of_scope_words_are_no_evidence_against_themselves(string text) =>
        Assert.Equal(Intent.None, Recognize(text).Intent);

    [Theory]
    [InlineData("Wann hat das Bürgeramt in Ulm samstags offen?")]
    [InlineData("Wann ist in Ulm die nächste Sitzung?")]
    [InlineData("Wer ist aktuell Oberbürgermeister in Ulm?")]
    public void A_question_shape_of_several_words_stays_out_of_scope_when_its_words_are_in_the_cells(string text) =>
        // "Bürgeramt", "offen", "Sitzung" and "Oberbürgermeister" are in the cells of Ulm, yet opening hours, meeting dates
        // and who holds an office are not what the synopsis holds.
        Assert.Equal(Intent.None, Recognize(text).Intent);

    [Theory]
    [InlineData("Wie fördert Kiel Studenten aus dem Ausland?")]
    [InlineData("Wie unterstützt Ulm Studenten aus dem Ausland?")]
    public void A_German_word_that_shares_a_stem_with_an_English_one_is_read_as_German(string text)
    {
        var result = Recognize(text);
        Assert.Equal((Intent.Query, Students), (result.Intent, result.Aspects.Single()));
    }
}
