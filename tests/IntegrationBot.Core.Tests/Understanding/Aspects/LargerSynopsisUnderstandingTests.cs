using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

/// <summary>Behaviours on a 16-aspect synopsis nobody wrote lexicon lines for (tests/…/Eval/synopsis-dev-large.tsv).</summary>
public sealed class LargerSynopsisUnderstandingTests
{
    private static readonly Lazy<Recognizer> Recognizer = new(() =>
        new Recognizer(Seed.EvalDocument("synopsis-dev-large.tsv"), Seed.Lexicon));

    private static RecognitionResult Recognize(string text, ConversationContext? context = null) =>
        Recognizer.Value.Recognize(text, context ?? ConversationContext.Empty, Seed.Now);

    [Theory]
    [InlineData("Wie viele Sprachkurse gibt es in Kiel?", "Integrations- und Sprachkurse")]
    [InlineData("Wie bindet Stuttgart zugewanderte Eltern in die Schule ein?", "Interkulturelle Elternarbeit")]
    [InlineData("Welche Deutschkurse gibt es in Köln?", "Integrations- und Sprachkurse")]
    public void Field_words_and_quantity_cues_do_not_beat_an_aspect_of_the_synopsis(string text, string aspect)
    {
        var result = Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Contains(aspect, result.Aspects.Select(static a => a.Title));
    }

    [Fact]
    public void An_acronym_in_one_citys_cell_does_not_pull_that_city_into_a_question()
    {
        // "KOMM-AN" occurs only in Köln's cells; "kommen" is an ordinary verb.
        var result = Recognize("Wie kommen Menschen ohne Krankenversicherung in Frankfurt zum Arzt?");
        Assert.Equal(["Frankfurt"], result.Cities.Select(static c => c.Name));
    }

    [Fact]
    public void A_follow_up_with_a_synonym_keeps_the_city()
    {
        var now = Seed.Now;
        var first = Recognizer.Value.Recognize("Wie ist die Öffentlichkeitsarbeit in Kiel?", ConversationContext.Empty, now);
        var context = ConversationContext.Empty.After(first, now);
        var second = Recognizer.Value.Recognize("Und die Deutschkurse?", context, now.AddSeconds(5));
        Assert.Equal(["Kiel"], second.Cities.Select(static c => c.Name));
        Assert.Equal(["Integrations- und Sprachkurse"], second.Aspects.Select(static a => a.Title));
    }

    [Fact]
    public void Weak_evidence_offers_the_closest_aspects()
    {
        var result = Recognize("Gibt es in Stuttgart etwas für Leute, die gerade neu hergezogen sind?");
        Assert.Equal(Intent.Query, result.Intent);
        Assert.InRange(result.Alternatives.Count, 2, 3);
    }

    [Theory]
    [InlineData("Hallo, gibt es etwas für Leute, die gerade neu hergezogen sind?")]
    [InlineData("Guten Morgen! Gibt es etwas für Leute, die gerade neu hergezogen sind?")]
    [InlineData("Womit beschäftigt sich die Integrationsbeauftragte den ganzen Tag?")]
    public void A_greeting_word_beside_a_question_leaves_the_question_to_be_answered(string text) =>
        Assert.Equal(Intent.Query, Recognize(text).Intent);

    [Fact]
    public void A_title_word_after_a_preposition_speaks_for_the_aspect_but_does_not_name_it()
    {
        // "Bildungsberatung für Neuzugewanderte": the head says what it is, "Neuzugewanderte" only for whom.
        var ranked = Recognizer.Value.Model.AspectRanker.Rank("Neuzugewanderte");
        Assert.Equal("Bildungsberatung für Neuzugewanderte", ranked[0].Aspect.Title);
        Assert.False(ranked[0].Named);
        Assert.True(Recognizer.Value.Model.AspectRanker.Rank("Bildungsberatung")[0].Named);
    }

    [Fact]
    public void A_cell_word_of_one_aspect_beats_the_qualifier_of_another_aspects_title()
    {
        var result = Recognize("gibts in dusseldorf eine anlaufstelle fuer neuzugewanderte");
        Assert.Equal(["Willkommenskultur - Welcome Center"], result.Aspects.Select(static a => a.Title));
    }

    [Fact]
    public void A_correctly_conjugated_verb_is_not_read_as_a_typo_of_a_similar_lexicon_word()
    {
        // "untersucht" (untersuchen) is one letter pair from "untersteht", a cue of the affiliation aspect.
        var result = Recognize("Wer untersucht in Bielefeld, ob das Integrationskonzept wirkt?");
        Assert.DoesNotContain("Orga - Anbindung", result.Aspects.Select(static a => a.Title));
    }
}
