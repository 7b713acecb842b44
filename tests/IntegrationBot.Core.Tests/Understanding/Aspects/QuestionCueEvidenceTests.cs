using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

/// <summary>
/// Quantity, person and out-of-scope cues against the evidence of the loaded synopsis: a cue never beats an aspect the
/// question is about, and still refuses what the synopsis cannot answer. The synopsis is made up here, with titles in the
/// style of an office's table and no lexicon line for any of them.
/// </summary>
public sealed class QuestionCueEvidenceTests
{
    private static readonly Aspect Staff = new("Personalausstattung (VZÄ)", 0);
    private static readonly Aspect Budget = new("Finanzierung / Budget", 1);
    private static readonly Aspect Structure = new("Zuständigkeit und Verwaltungsstruktur", 2);
    private static readonly Aspect Housing = new("Unterbringung Geflüchteter", 3);

    private static readonly Lazy<IRecognizer> Recognizer = new(() => RecognitionStages.Create(Build(), Seed.Lexicon));

    private static RecognitionResult Recognize(string text) => Recognizer.Value.Recognize(text, ConversationContext.Empty, Seed.Now);

    [Theory]
    [InlineData("Wie viel Personal hat Jena für die Integrationsarbeit?", "Personalausstattung (VZÄ)")]
    [InlineData("Wie viele Stellen hat das Integrationsbüro in Jena?", "Personalausstattung (VZÄ)")]
    [InlineData("How many staff does Hamm have for integration?", "Personalausstattung (VZÄ)")]
    [InlineData("Wie viel Budget hat Hamm für Integration?", "Finanzierung / Budget")]
    [InlineData("Wie viele Plätze haben die Gemeinschaftsunterkünfte in Jena?", "Unterbringung Geflüchteter")]
    public void A_quantity_question_about_what_an_aspect_holds_is_a_query(string text, string aspect)
    {
        var result = Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal(aspect, result.Aspects[0].Title);
    }

    [Theory]
    [InlineData("Wie viele Einwohner hat Jena?")]
    [InlineData("Wie hoch ist die Grundsteuer in Hamm?")]
    [InlineData("Wie viele Kinos gibt es in Jena?")]
    public void A_quantity_question_the_synopsis_cannot_answer_is_refused(string text) =>
        Assert.Equal(Intent.None, Recognize(text).Intent);

    [Fact]
    public void A_person_named_in_a_question_about_an_aspect_does_not_refuse_it()
    {
        var result = Recognize("Wem ist die Integrationsbeauftragte in Jena unterstellt?");
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([Structure], result.Aspects);
    }

    [Theory]
    [InlineData("Wer ist Oberbürgermeister von Jena?")]
    [InlineData("Wer ist die Integrationsbeauftragte in Hamm?")]
    public void A_bare_question_for_a_person_is_refused_even_when_a_cell_names_the_office(string text) =>
        Assert.Equal(Intent.None, Recognize(text).Intent);

    [Theory]
    [InlineData("Wie komme ich vom Hauptbahnhof zum Rathaus in Jena?")]
    [InlineData("Wann fährt der nächste Zug von Hamm nach Jena?")]
    public void A_compound_of_an_out_of_scope_topic_is_out_of_scope(string text) =>
        Assert.Equal(Intent.None, Recognize(text).Intent);

    private static SynopsisDocument Build()
    {
        City jena = new("Jena"), hamm = new("Hamm");
        return new SynopsisDocument(
            "Test",
            [Staff, Budget, Structure, Housing],
            [jena, hamm],
            [
                TestEntry.Cell(Staff, jena, "Das Büro für Migration und Integration hat 6,5 VZÄ, davon zwei befristet."),
                TestEntry.Cell(Staff, hamm, "4 Vollzeitäquivalente im Integrationsbüro."),
                TestEntry.Cell(Budget, jena, "Eigenmittel der Stadt und Landesförderung, rund 1,2 Mio. Euro jährlich."),
                TestEntry.Cell(Budget, hamm, "Haushaltsmittel von 800.000 Euro, dazu Projektmittel des Bundes."),
                TestEntry.Cell(Structure, jena, "Stabsstelle beim Oberbürgermeister; die Integrationsbeauftragte leitet das Büro."),
                TestEntry.Cell(Structure, hamm, "Amt für Soziales, Sachgebiet Integration, im Dezernat III."),
                TestEntry.Cell(Housing, jena, "Zwei Gemeinschaftsunterkünfte mit 320 Plätzen, dezentrale Wohnungen."),
                TestEntry.Cell(Housing, hamm, "Gemeinschaftsunterkunft am Stadtrand, 150 Plätze."),
            ]);
    }
}
