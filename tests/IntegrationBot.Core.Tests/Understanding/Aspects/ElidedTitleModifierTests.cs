using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

/// <summary>
/// In a title that leaves out a shared head ("Anerkennung ausländischer Berufs- und Studienabschlüsse"), the word before
/// the hyphen is a part of the restored compound ("Berufsabschlüsse"), not a word that names the aspect: a question about
/// German courses for the job belongs to the job-related German aspect, while the restored compound still names its own.
/// </summary>
public sealed class ElidedTitleModifierTests
{
    private static readonly Aspect Recognition = new("Anerkennung ausländischer Berufs- und Studienabschlüsse", 0);
    private static readonly Aspect JobGerman = new("Berufsbezogene Deutschsprachförderung", 1);
    private static readonly Aspect Officers = new("Ausländer- und Integrationsbeauftragte", 2);

    private static readonly Recognizer Recognizer = new(
        KielUlmSynopsis.Of(
            (Recognition, "Anerkennungsberatung im IQ-Netzwerk für Pflegekräfte und Ingenieure.", "Beratung zur Gleichwertigkeit von Abschlüssen, Zeugnisbewertung."),
            (JobGerman, "Berufssprachkurse (DeuFöV) mit Kinderbetreuung, auch abends für Beschäftigte.", "Sprachkurse für den Beruf in Kooperation mit der Arbeitsagentur."),
            (Officers, "Die Beauftragte berät den Rat und ist Ombudsstelle.", "Ehrenamtliche Integrationsbeauftragte im Rathaus.")),
        Seed.Lexicon);

    private static RecognitionResult Recognize(string text) => Recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);

    [Theory]
    [InlineData("Sprachkurse für den Beruf: was bieten Kiel und Ulm an?", "Berufsbezogene Deutschsprachförderung")]
    [InlineData("Deutsch für den Beruf in Kiel", "Berufsbezogene Deutschsprachförderung")]
    [InlineData("Wie läuft in Ulm die Anerkennung von Berufsabschlüssen?", "Anerkennung ausländischer Berufs- und Studienabschlüsse")]
    [InlineData("Was macht die Ausländerbeauftragte in Kiel?", "Ausländer- und Integrationsbeauftragte")]
    public void The_word_before_a_hyphen_in_a_title_does_not_name_the_aspect_alone(string text, string aspect)
    {
        var result = Recognize(text);
        Assert.Equal((Intent.Query, aspect), (result.Intent, result.Aspects.Single().Title));
    }
}
