using IntegrationBot.Core.Understanding.Language;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Tests.Understanding.Language;

/// <summary>The thesaurus finds synonyms by any spelling or inflection, and the shipped OpenThesaurus extract loads.</summary>
public sealed class ThesaurusTests
{
    private static readonly Lazy<Thesaurus> Shipped = new(() => Thesaurus.Load(Seed.LexiconDirectory));

    private static readonly Thesaurus Small = Thesaurus.Parse("test.txt",
    [
        "# comment",
        "Übersetzer;Sprachmittler;Dolmetscher",
        "Flüchtling;Geflüchteter;Schutz Suchender",
        "Flüchtling;Emigrant",
    ]);

    [Theory]
    [InlineData("Dolmetscher", "Übersetzer")]
    [InlineData("dolmetscher", "Sprachmittler")]
    [InlineData("Uebersetzer", "Dolmetscher")]
    [InlineData("Flüchtlinge", "Geflüchteter")]
    [InlineData("Flüchtling", "Emigrant")]
    [InlineData("schutz suchender", "Flüchtling")]
    public void Related_words_are_found_from_any_spelling_or_inflection(string word, string expected)
    {
        Assert.Contains(expected, Small.Related(word));
    }

    [Fact]
    public void Related_words_exclude_the_word_itself_and_repeat_nothing()
    {
        var related = Small.Related("Flüchtling");
        Assert.Equal(["Geflüchteter", "Schutz Suchender", "Emigrant"], related);
    }

    [Fact]
    public void A_token_key_can_be_looked_up_directly()
    {
        var key = LanguageKey.Of("Dolmetschern");
        Assert.Equal(Small.Related("Dolmetscher"), Small.RelatedByKey(key));
        Assert.True(Small.ContainsKey(key));
    }

    [Theory]
    [InlineData("Wetter")]
    [InlineData("")]
    [InlineData("!!")]
    public void Unknown_words_have_no_related_words(string word)
    {
        Assert.Empty(Small.Related(word));
        Assert.Empty(Thesaurus.Empty.Related(word));
    }

    [Fact]
    public void A_line_with_a_single_word_is_reported_with_its_line()
    {
        var error = Assert.Throws<LexiconFormatException>(() => Thesaurus.Parse("t.txt", ["# c", "a;b", "allein"]));
        Assert.Equal(3, error.Line);
        Assert.Equal("t.txt", error.File);
    }

    [Fact]
    public void Missing_file_is_reported()
    {
        var error = Assert.Throws<LexiconFormatException>(() => Thesaurus.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));
        Assert.EndsWith(Thesaurus.FileName, error.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Geflüchtete", "Flüchtling")]
    [InlineData("Dolmetscher", "Sprachmittler")]
    [InlineData("Unterbringung", "Unterkunft")]
    [InlineData("Einbürgerung", "Naturalisation")]
    public void Shipped_thesaurus_relates_words_of_the_field(string word, string expected)
    {
        Assert.Contains(expected, Shipped.Value.Related(word));
    }

    [Fact]
    public void Shipped_thesaurus_is_the_filtered_OpenThesaurus_extract()
    {
        var thesaurus = Shipped.Value;
        Assert.InRange(thesaurus.SetCount, 20_000, 40_000);
        Assert.True(File.Exists(Path.Combine(Seed.LexiconDirectory, "thesaurus.LICENSE.txt")));

        // Colloquial terms are filtered out by scripts/update-thesaurus.sh ("abdüsen (ugs.)" is in the upstream set of "abfliegen").
        Assert.DoesNotContain("abdüsen", thesaurus.Related("abfliegen"));
        Assert.Contains("abreisen", thesaurus.Related("abfliegen"));
    }
}
