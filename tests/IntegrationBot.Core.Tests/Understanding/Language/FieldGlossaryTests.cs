using IntegrationBot.Core.Understanding.Language;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Tests.Understanding.Language;

/// <summary>The field glossary relates the field's German words and maps English words to German.</summary>
public sealed class FieldGlossaryTests
{
    private static readonly FieldGlossary Small = FieldGlossary.Parse("glossary.txt",
    [
        "# test glossary",
        "Beirat; Integrationsrat; Ausländerbeirat | en: advisory board; council",
        "Flüchtlinge; Geflüchtete | en: refugee; refugees",
        "Rat; Gemeinderat | en: council",
        "Sprachmittlung; Dolmetschen",
    ]);

    [Theory]
    [InlineData("Integrationsrat", "Beirat")]
    [InlineData("Ausländerbeiräte", "Integrationsrat")]
    [InlineData("geflüchteten", "Flüchtlinge")]
    [InlineData("Dolmetschen", "Sprachmittlung")]
    public void German_words_of_one_concept_are_related(string word, string expected)
    {
        Assert.Contains(expected, Small.Related(word));
        Assert.DoesNotContain(word, Small.Related(word));
    }

    [Theory]
    [InlineData("refugees", "Geflüchtete")]
    [InlineData("Refugee", "Flüchtlinge")]
    [InlineData("advisory board", "Ausländerbeirat")]
    [InlineData("council", "Integrationsrat")]
    [InlineData("council", "Gemeinderat")]
    public void English_words_map_to_German(string english, string expected)
    {
        Assert.Contains(expected, Small.GermanFor(english));
        Assert.Equal(Small.GermanFor(english), Small.GermanForKey(LanguageKey.Of(english)));
    }

    [Fact]
    public void Unknown_words_have_nothing()
    {
        Assert.Empty(Small.GermanFor("weather"));
        Assert.Empty(Small.Related("Wetter"));
        Assert.Empty(FieldGlossary.Empty.GermanFor("refugee"));
        Assert.Empty(FieldGlossary.Empty.Related("Beirat"));
    }

    [Theory]
    [InlineData("Beirat | advisory board", "en:")]
    [InlineData(" | en: council", "deutsche Wort")]
    [InlineData("Beirat | en: ", "kein englisches")]
    [InlineData("Beirat", "allein")]
    public void Malformed_line_is_reported_with_line(string line, string reason)
    {
        var error = Assert.Throws<LexiconFormatException>(() => FieldGlossary.Parse("g.txt", ["# c", "Rat; Gremium", line]));
        Assert.Equal(3, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipped_glossary_loads_and_feeds_the_lexicon_English_map()
    {
        var glossary = FieldGlossary.Load(Seed.LexiconDirectory);
        Assert.NotEmpty(glossary.Concepts);
        var lexicon = Seed.Lexicon;
        Assert.Equal(glossary.Concepts.Select(static c => c.ToString()), lexicon.FieldGlossary.Concepts.Select(static c => c.ToString()));
        foreach (var (english, german) in lexicon.Glossary)
        {
            Assert.Equal(glossary.GermanFor(english), german);
        }
    }
}
