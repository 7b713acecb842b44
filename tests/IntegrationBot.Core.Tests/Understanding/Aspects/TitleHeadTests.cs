using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

/// <summary>
/// Which title words name an aspect: the head before a preposition does, the words after it only say for whom or about
/// what, unless the head is a word the cells of many aspects use ("Kooperation", "Maßnahmen"), which says nothing of its own.
/// </summary>
public sealed class TitleHeadTests
{
    private static readonly Recognizer Recognizer = new(
        KielUlmSynopsis.Titled(
            ("Kooperation mit Jobcenter und Agentur für Arbeit", "Kooperation in gemeinsamen Fallkonferenzen.", "Kooperationsvertrag seit 2019."),
            ("Ausbildung junger Geflüchteter", "Kooperation mit Betrieben; Jobcenter zahlt Fahrtkosten.", "Ausbildungslotsen."),
            ("Bildungsberatung für Neuzugewanderte", "Kooperation mit der Volkshochschule.", "Beratung zu Schulabschlüssen."),
            ("Wohnen", "Wohnungslotsen.", "Mietschuldenberatung."),
            ("Gesundheit", "Sprechstunden in Unterkünften.", "Impfberatung.")),
        Seed.Lexicon);

    [Theory]
    [InlineData("Jobcenter", "Kooperation mit Jobcenter und Agentur für Arbeit")]
    [InlineData("Neuzugewanderte", null)]
    public void The_words_after_a_generic_head_name_the_aspect(string word, string? named)
    {
        var ranked = Recognizer.Model.AspectRanker.Rank(word);
        Assert.Equal(named, ranked.FirstOrDefault(static r => r.Named)?.Aspect.Title);
    }

    [Fact]
    public void A_question_about_the_partner_of_a_cooperation_finds_that_aspect()
    {
        var result = Recognizer.Recognize("Gibt es in Kiel etwas mit dem Jobcenter?", ConversationContext.Empty, Seed.Now);
        Assert.Equal(["Kooperation mit Jobcenter und Agentur für Arbeit"], result.Aspects.Select(static a => a.Title));
    }
}
