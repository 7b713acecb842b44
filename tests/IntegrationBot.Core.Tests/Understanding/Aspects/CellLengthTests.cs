using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

/// <summary>
/// An aspect whose cells hold many words (the office's tasks, which touch every topic) meets more question words by
/// chance, so its cell words count a little less than the same words in the short cells of a specific aspect.
/// </summary>
public sealed class CellLengthTests
{
    private static readonly (string Title, string Kiel, string Ulm)[] Rows =
    [
        ("Aufgaben und Arbeitsweise",
            "Beratung, Netzwerkarbeit, Sprachcafé, Öffentlichkeitsarbeit, Fortbildungen, Projektförderung, Gremienarbeit und Berichte.",
            "Geschäftsführung des Beirats, Koordination der Ehrenamtlichen, Dolmetscherpool, Veranstaltungen und Kampagnen."),
        ("Begegnung", "Sprachcafé im Stadtteilzentrum.", "Nachbarschaftsfest."),
    ];

    [Fact]
    public void A_cell_word_counts_more_in_a_short_aspect_than_in_one_that_holds_every_topic()
    {
        var ranked = new Recognizer(KielUlmSynopsis.Titled(Rows), Seed.Lexicon).Model.AspectRanker.Rank("Sprachcafé");
        Assert.Equal(["Begegnung", "Aufgaben und Arbeitsweise"], ranked.Select(static r => r.Aspect.Title));
        Assert.True(ranked[0].Score > ranked[1].Score);
    }
}
