using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Tests.Understanding.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Are there women's shelters?", "are there women shelters")]
    [InlineData("the city’s welcome centre", "the city welcome centre")]
    [InlineData("Wo gibt's Abendkurse?", "wo gibt abendkurse")]
    [InlineData("Orga-Anbindung S-Bahn", "orga anbindung s bahn")]
    public void Drops_the_s_of_a_possessive_or_an_elided_es_but_keeps_other_single_letters(string text, string folded) =>
        Assert.Equal(folded, string.Join(' ', Tokenizer.Tokenize(text).Select(static t => t.Folded)));
}
