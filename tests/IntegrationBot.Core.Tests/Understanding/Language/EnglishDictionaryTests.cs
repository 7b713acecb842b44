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

    // The filter once read its umlauts as two bytes each, so every German word with ä, ö, ü or ß was lost, and one tagged
    // synonym ("Doktor {m} [ugs.]") dropped its whole sub-entry with "Arzt" in it.
    [Theory]
    [InlineData("refugees", "Flüchtlinge")]
    [InlineData("doctor", "Arzt")]
    [InlineData("school", "Schule")]
    [InlineData("girls", "Mädchen")]
    [InlineData("citizenship", "Staatsangehörigkeit")]
    [InlineData("founders", "Gründer")]
    public void The_shipped_dictionary_keeps_words_with_umlauts_and_the_untagged_synonyms_of_a_tagged_one(string english, string german) =>
        Assert.Contains(german, Shipped.Value.GermanFor(english));

    // A plural sub-entry carries no tags of its own; its words are as regional or far as their singulars.
    [Theory]
    [InlineData("girls", "Madeln")]
    [InlineData("girls", "Deern")]
    [InlineData("mothers", "Muttertiere")]
    public void The_shipped_dictionary_leaves_out_regional_and_far_plurals(string english, string german) =>
        Assert.DoesNotContain(german, Shipped.Value.GermanFor(english));

    [Fact]
    public void A_malformed_line_names_the_file_and_line()
    {
        var error = Assert.Throws<LexiconFormatException>(() => EnglishDictionary.Parse("d.txt", ["# c", "word\tWort", "nothing"]));
        Assert.Equal(3, error.Line);
    }

    // "churches" and "mosques" are no glossary words; the dictionary lists verbs as "to write", and without them
    // "read or write" was no evidence at all.
    [Theory]
    [InlineData("Do churches and mosques take part in Kiel?",
        "Religionsgemeinschaften", "Runder Tisch mit Kirchen und Moscheen.", "Moscheen und Kirchen laden zum Dialog.",
        "Jugendarbeit", "Jugendclubs in allen Stadtteilen.", "Streetwork für Jugendliche.")]
    [InlineData("An adult in Kiel can barely read or write – is there anything for him?",
        "Alphabetisierung und Grundbildung", "Kurse für Erwachsene zum Lesen und Schreiben.", "Lerngruppen für Menschen, die nicht schreiben gelernt haben.",
        "Erwachsenenbildung/VHS", "Die VHS bietet Kurse für Erwachsene.", "Abendkurse für Erwachsene an der VHS.")]
    public void An_english_word_beyond_the_glossary_reaches_the_aspect_whose_cells_hold_its_translation(
        string text, string meant, string meantKiel, string meantUlm, string other, string otherKiel, string otherUlm)
    {
        var aspect = new Aspect(meant, 0);
        var recognizer = new Recognizer(
            KielUlmSynopsis.Of(aspect, meantKiel, meantUlm, new Aspect(other, 1), otherKiel, otherUlm),
            Seed.Lexicon);
        var result = recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, aspect), (result.Intent, result.Aspects.Single()));
    }
}
