using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding.Aspects;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Language;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Tests.Understanding.Language;

/// <summary>The vendored English → German dictionary and its use for English words the field glossary does not know.</summary>
public sealed class EnglishDictionaryTests
{
    private static readonly Lazy<EnglishDictionary> Shipped = new(() => EnglishDictionary.Load(Seed.LexiconDirectory));

    [Theory]
    [InlineData("mosques", "Moscheen")]
    [InlineData("churches", "Kirchen")]
    [InlineData("ceremony", "Feier")]
    [InlineData("attacked", "angegriffen")]
    [InlineData("write", "schreiben")]
    [InlineData("read", "lesen")]
    [InlineData("teach", "unterrichten")]
    [InlineData("speak", "sprechen")]
    [InlineData("marry", "verheiraten")]
    [InlineData("accompany", "begleiten")]
    public void The_shipped_dictionary_translates_everyday_english(string english, string german) =>
        Assert.Contains(german, Shipped.Value.GermanFor(english));

    [Fact]
    public void An_english_verb_reaches_the_aspect_whose_cells_hold_the_german_verb()
    {
        // The dictionary lists verbs as "to write"; without them "read or write" was no evidence at all.
        var literacy = new Aspect("Alphabetisierung und Grundbildung", 0);
        var adults = new Aspect("Erwachsenenbildung/VHS", 1);
        var recognizer = new Recognizer(
            KielUlmSynopsis.Of(
                literacy, "Kurse für Erwachsene zum Lesen und Schreiben.", "Lerngruppen für Menschen, die nicht schreiben gelernt haben.",
                adults, "Die VHS bietet Kurse für Erwachsene.", "Abendkurse für Erwachsene an der VHS."),
            Seed.Lexicon);
        var result = recognizer.Recognize("An adult in Kiel can barely read or write – is there anything for him?", ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, literacy), (result.Intent, result.Aspects.Single()));
    }

    [Fact]
    public void A_malformed_line_names_the_file_and_line()
    {
        var error = Assert.Throws<LexiconFormatException>(() => EnglishDictionary.Parse("d.txt", ["# c", "word\tWort", "nothing"]));
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_english_word_beyond_the_glossary_reaches_the_aspect_whose_cells_hold_its_translation()
    {
        var religion = new Aspect("Religionsgemeinschaften", 0);
        var youth = new Aspect("Jugendarbeit", 1);
        var recognizer = new Recognizer(
            KielUlmSynopsis.Of(
                religion, "Runder Tisch mit Kirchen und Moscheen.", "Moscheen und Kirchen laden zum Dialog.",
                youth, "Jugendclubs in allen Stadtteilen.", "Streetwork für Jugendliche."),
            Seed.Lexicon);
        var result = recognizer.Recognize("Do churches and mosques take part in Kiel?", ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, religion), (result.Intent, result.Aspects.Single()));
    }
}
