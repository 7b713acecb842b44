using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

/// <summary>
/// An English word stands for its glossary concept: the concept's usual German word counts like a field synonym, its other
/// words like a general synonym, capped like one. "job" and "work" belong to the labour-market concept, which also lists
/// "Ausbildung"; on a synopsis with the title "Ausbildung junger Geflüchteter" each of them met that title at a cell word's
/// weight and outweighed the aspect the question was about (tests/…/Eval/synopsis-blind-zi.tsv).
/// </summary>
public sealed class EnglishConceptWordTests
{
    private static readonly Lazy<Recognizer> Recognizer = new(() =>
        new Recognizer(Seed.EvalDocument("synopsis-blind-zi.tsv"), Seed.Lexicon));

    [Theory]
    [InlineData("Which job-related language courses does Kiel offer?", "Berufsbezogene Deutschsprachförderung (DeuFöV)")]
    [InlineData("How does Hannover work with the job centre?", "Kooperation mit Jobcenter und Agentur für Arbeit")]
    public void A_concept_word_of_an_english_word_does_not_outweigh_the_topic_asked_about(string text, string aspect)
    {
        var result = Recognizer.Value.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, aspect), (result.Intent, result.Aspects.FirstOrDefault()?.Title));
    }

    [Fact]
    public void An_english_word_still_reaches_a_title_through_its_concept()
    {
        var result = Recognizer.Value.Recognize("What does Kiel offer young refugees looking for an apprenticeship?", ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, "Ausbildung junger Geflüchteter"), (result.Intent, result.Aspects.FirstOrDefault()?.Title));
    }
}
