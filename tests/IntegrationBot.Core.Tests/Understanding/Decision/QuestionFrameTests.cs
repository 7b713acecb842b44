using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding.Aspects;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Decision;

/// <summary>
/// A question frame ("What is … doing", "Was macht …") only hints at the tasks of the office, in
/// English as in German: the topic after it decides, and the frame alone still finds the tasks.
/// </summary>
public sealed class QuestionFrameTests
{
    private static readonly Aspect Tasks = new("Aufgaben und Arbeitsweise der zuständigen Dienststelle", 0);
    private static readonly Aspect Democracy = new("Demokratieförderung / Rassismusprävention", 1);
    private static readonly Aspect Opening = new("Interkulturelle Öffnung der Verwaltung", 2);

    private static readonly Recognizer Recognizer = new(
        KielUlmSynopsis.Of(
            (Tasks, "Die Stabsstelle koordiniert die Integrationsarbeit der Ämter und berät die Politik.", "Das Integrationsbüro steuert Projekte und vernetzt die Träger."),
            (Democracy, "Partnerschaft für Demokratie; Beratung gegen Rassismus und Rechtsextremismus an Schulen.", "Aktionswochen gegen Rassismus, Demokratiewerkstätten für Jugendliche."),
            (Opening, "Schulungen zur interkulturellen Kompetenz für alle Beschäftigten.", "Personalgewinnung in den Communities, Trainings für das Bürgerbüro.")),
        Seed.Lexicon);

    private static RecognitionResult Recognize(string text) => Recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);

    [Theory]
    [InlineData("What is Kiel doing against racism?", "Demokratieförderung / Rassismusprävention")]
    [InlineData("What are Kiel and Ulm doing against right-wing extremism and racism? Compare please.", "Demokratieförderung / Rassismusprävention")]
    [InlineData("What is Kiel doing so that its own staff gets more intercultural competent?", "Interkulturelle Öffnung der Verwaltung")]
    public void The_topic_after_an_english_question_frame_decides(string text, string aspect)
    {
        var result = Recognize(text);
        Assert.Equal((Intent.Query, aspect), (result.Intent, result.Aspects.Single().Title));
    }

    [Theory]
    [InlineData("What is Kiel doing?")]
    [InlineData("Was macht Kiel?")]
    [InlineData("What are the responsibilities of the integration office in Ulm?")]
    public void A_question_frame_alone_asks_for_the_tasks(string text)
    {
        var result = Recognize(text);
        Assert.Equal((Intent.Query, Tasks), (result.Intent, result.Aspects.Single()));
    }
}
