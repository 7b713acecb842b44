using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding.Aspects;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Decision;

/// <summary>
/// A question for the size of the staff, in whatever words ("Leute arbeiten", "wie groß ist die Stabsstelle", "people
/// work"), is answered by the aspect whose cells count staff, even when its title says nothing about staff; the verb
/// "arbeiten" does not make it a labour-market question. With no aspect counting staff it is refused like any number.
/// </summary>
public sealed class StaffSizeQuestionTests
{
    private static readonly Aspect Organisation = new("Organisation des Integrationsbereichs", 0);
    private static readonly Aspect Labour = new("Arbeitsmarktintegration", 1);
    private static readonly Aspect Opening = new("Interkulturelle Öffnung", 2);

    private static readonly Recognizer Recognizer = new(
        KielUlmSynopsis.Of(
            (Organisation, "Stabsstelle Integration beim Oberbürgermeister mit 4,5 Stellen.", "Integrationsbüro im Sozialdezernat, 3 VZÄ und eine Verwaltungskraft."),
            (Labour, "Geflüchtete arbeiten nach sechs Monaten in Betrieben; Beratung zur Arbeit und Ausbildung.", "Jobcenter und Arbeitsagentur arbeiten zusammen, damit Zugewanderte rasch Arbeit finden."),
            (Opening, "Schulungen für alle Mitarbeitenden der Ausländerbehörde.", "Personalgewinnung in den Communities.")),
        Seed.Lexicon);

    [Theory]
    [InlineData("Wie viele Leute arbeiten im Integrationsbüro in Kiel?", "Kiel")]
    [InlineData("Wie viele Personen sind in Ulm in der Integrationsstelle beschäftigt?", "Ulm")]
    [InlineData("Wie groß ist die Stabsstelle Integration in Kiel?", "Kiel")]
    [InlineData("How many people actually work in the integration unit in Ulm?", "Ulm")]
    public void A_question_for_the_size_of_the_staff_is_answered_by_the_aspect_that_counts_staff(string text, string city)
    {
        var result = Recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, Organisation, city), (result.Intent, result.Aspects.Single(), result.Cities.Single().Name));
    }

    [Theory]
    [InlineData("Wie viele Leute arbeiten im Integrationsbüro in Kiel?")]
    [InlineData("How many people work in the integration office in Ulm?")]
    public void A_question_for_the_size_of_the_staff_is_refused_where_no_aspect_counts_staff(string text)
    {
        var recognizer = new Recognizer(SmallSynopsis.Document, Seed.Lexicon);
        Assert.Equal(Intent.None, recognizer.Recognize(text, ConversationContext.Empty, Seed.Now).Intent);
    }
}
