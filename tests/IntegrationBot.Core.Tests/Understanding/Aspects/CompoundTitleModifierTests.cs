using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

/// <summary>
/// A compound that begins with a whole title word is about that title's topic, even where the compound splitter cuts it
/// elsewhere: "Familienbildungsangebote" splits at the longest known head ("Familien|bildungsangebote", because the cells
/// speak of "Bildungsangeboten"), which would hide "Familienbildung".
/// </summary>
public sealed class CompoundTitleModifierTests
{
    private static readonly Aspect FamilyEducation = new("Familienbildung", 0);
    private static readonly Aspect Unaccompanied = new("UMF / unbegleitete Minderjährige", 1);
    private static readonly Aspect School = new("Seiteneinstieg Schule", 2);
    private static readonly Aspect EarlyHelp = new("Frühe Hilfen", 3);
    private static readonly City Kiel = new("Kiel");
    private static readonly City Ulm = new("Ulm");

    private static readonly Recognizer Recognizer = new(
        new SynopsisDocument(
            "Test",
            [FamilyEducation, Unaccompanied, School, EarlyHelp],
            [Kiel, Ulm],
            [
                TestEntry.Cell(FamilyEducation, Kiel, "Elternkurse in der Familienbildungsstätte, Elterncafé im Stadtteil."),
                TestEntry.Cell(FamilyEducation, Ulm, "Programm Rucksack in Kitas."),
                TestEntry.Cell(Unaccompanied, Kiel, "Inobhutnahme, Vormundschaften, Familien als Gastfamilien, Bildungsangebote im Clearinghaus."),
                TestEntry.Cell(Unaccompanied, Ulm, "Clearingstelle des Jugendamts, Unterbringung in Familien."),
                TestEntry.Cell(School, Kiel, "Vorbereitungsklassen und Bildungsangebote für neu zugewanderte Familien."),
                TestEntry.Cell(School, Ulm, "Schulplatzvergabe durch das Schulamt, Beratung der Familien."),
                TestEntry.Cell(EarlyHelp, Kiel, "Willkommensbesuche bei Familien mit Neugeborenen."),
                TestEntry.Cell(EarlyHelp, Ulm, "Familienhebammen für Familien in Unterkünften."),
            ]),
        Seed.Lexicon);

    [Theory]
    [InlineData("Welche Familienbildungsangebote gibt es in Kiel?")]
    [InlineData("Gibt es in Ulm Familienbildungsangebote?")]
    public void A_compound_that_begins_with_a_title_word_answers_that_title_without_asking_back(string text)
    {
        // Split at its longest head, the word spoke only through "Familien", which every aspect's cells hold: the bot asked
        // "Meinten Sie …?" between all four.
        var result = Recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, FamilyEducation), (result.Intent, result.Aspects.Single()));
        Assert.Empty(result.Alternatives);
    }

    [Fact]
    public void A_compound_of_an_unrelated_head_still_splits_at_its_longest_known_head()
    {
        // "Schul|plätze" begins with the title word "Schule", which the split already holds: the school aspect stays.
        var result = Recognizer.Recognize("Wie vergibt Ulm die Schulplätze?", ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, School), (result.Intent, result.Aspects.Single()));
    }
}
