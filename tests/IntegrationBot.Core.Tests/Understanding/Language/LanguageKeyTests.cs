using IntegrationBot.Core.Understanding.Language;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Tests.Understanding.Language;

/// <summary>The lookup key is exactly what the recognizer's tokens carry, so tokens can be looked up without re-normalising.</summary>
public sealed class LanguageKeyTests
{
    [Theory]
    [InlineData("Geflüchtete")]
    [InlineData("Gefluechteten")]
    [InlineData("Welcome Center")]
    [InlineData("Ausländer-Beirat")]
    [InlineData("interkulturelle Öffnung der Verwaltung")]
    [InlineData("Straße 12a")]
    [InlineData("  des Oberbürgermeisters ")]
    public void Key_equals_the_token_keys_joined_by_spaces(string phrase)
    {
        Assert.Equal(string.Join(' ', Tokenizer.Tokenize(phrase).Select(static t => t.Key)), LanguageKey.Of(phrase));
    }

    [Theory]
    [InlineData("Flüchtlinge", "Flüchtling")]
    [InlineData("Sprachmittlung", "sprachmittlung")]
    [InlineData("Praeambel", "Präambel")]
    public void Spellings_and_inflections_share_a_key(string left, string right)
    {
        Assert.Equal(LanguageKey.Of(left), LanguageKey.Of(right));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" - ; ")]
    public void A_phrase_without_words_has_an_empty_key(string phrase)
    {
        Assert.Equal(string.Empty, LanguageKey.Of(phrase));
    }
}
