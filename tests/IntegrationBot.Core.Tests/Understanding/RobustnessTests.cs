using CsCheck;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Tests.Understanding;

/// <summary>Any input is safe: bounded, cleaned, never an exception.</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("Wo ist Integration in Stutt\u200Bgart angebunden?")]
    [InlineData("Wo ist Integration in \u202EStuttgart\u202C angebunden?")]
    [InlineData("Wo ist\u0000 Integration in Stuttgart\u0007 angebunden?")]
    [InlineData("Wo ist Integration in Stuttgart angebunden?\u00AD")]
    [InlineData("Wo ist Integration in Stuttgart angebunden? 🙂")]
    public void Ignores_invisible_and_control_characters(string text)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(["Stuttgart"], result.Cities.Select(static c => c.Name));
        Assert.Equal(["Orga - Anbindung"], result.Aspects.Select(static a => a.Title));
    }

    [Fact]
    public void Recognises_only_a_bounded_prefix_of_long_input()
    {
        var text = "Wo ist Integration in Stuttgart angebunden? " + string.Concat(Enumerable.Repeat("bla ", 100_000));
        var result = Seed.Recognize(text);
        Assert.True(result.Text.Length <= TextSanitizer.MaxLength);
        Assert.Equal(["Stuttgart"], result.Cities.Select(static c => c.Name));
    }

    [Fact]
    public void Never_throws_on_any_input()
    {
        Gen.String.Sample(text =>
        {
            var result = Seed.Recognize(text);
            Assert.NotNull(result);
            Assert.InRange(result.Score, 0.0, 1.0);
        }, iter: 2000);
    }

    [Fact]
    public void Never_throws_on_words_from_the_domain_in_any_order()
    {
        string[] words = ["und", "in", "Stuttgart", "Essen", "die", "zweite", "Präambel", "Welche", "Städte", "alle", "vergleiche", "das", "mit", "?", "Orga", "Nummer", "2", "beide", "AmkA", "wie", "viele"];
        Gen.Int[0, words.Length - 1].Array[1, 12].Sample(indices =>
        {
            var parts = indices.Select(i => words[i]);
            var context = ConversationContext.Empty.After(Seed.Recognize("Orga Stuttgart"), Seed.Now);
            var result = Seed.Recognizer.Recognize(string.Join(' ', parts), context, Seed.Now);
            Assert.NotNull(result);
        }, iter: 500);
    }

    [Theory]
    [InlineData("Äußerst", "ausserst")]
    [InlineData("Praeambel", "praambel")]
    [InlineData("Präambel", "praambel")]
    [InlineData("MÜNCHEN", "munchen")]
    [InlineData("Quelle", "quelle")]
    public void Folds_case_umlauts_and_sharp_s(string word, string folded)
    {
        Assert.Equal(folded, WordFolder.Fold(word));
    }

    [Theory]
    [InlineData("Stuttgart", "Stuttgard", 1)]
    [InlineData("Integration", "Integartion", 1)]
    [InlineData("Frankfurt", "Frankfrt", 1)]
    [InlineData("abc", "abc", 0)]
    public void Damerau_Levenshtein_counts_transpositions_as_one_edit(string a, string b, int distance)
    {
        Assert.Equal(distance, DamerauLevenshtein.Distance(a.ToLowerInvariant(), b.ToLowerInvariant(), 3));
    }
}
