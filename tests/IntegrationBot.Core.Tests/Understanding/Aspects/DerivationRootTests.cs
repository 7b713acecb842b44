using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

public sealed class DerivationRootTests
{
    [Theory]
    [InlineData("begrusst", "begrussung")]
    [InlineData("zugewandert", "zuwanderung")]
    [InlineData("dezentral", "dezentralen")]
    [InlineData("digitalisierung", "digitale")]
    [InlineData("rassistisch", "rassismus")]
    [InlineData("berufliche", "beruf")]
    [InlineData("gefluchtete", "fluchtlinge")]
    [InlineData("einzuordnen", "einordnung")]
    [InlineData("einzubinden", "einbindung")]
    [InlineData("strukturiert", "struktur")]
    [InlineData("koordiniert", "koordination")]
    [InlineData("organisieren", "organisation")]
    [InlineData("finanziert", "finanzierung")]
    [InlineData("evaluiert", "evaluation")]
    public void Derived_forms_share_a_root(string one, string other) =>
        Assert.Equal(DerivationRoot.Of(one), DerivationRoot.Of(other));

    [Theory]
    [InlineData("beirat", "beratung")]
    [InlineData("leitbild", "leitung")]
    [InlineData("anzubieten", "anzeige")]
    public void Unrelated_words_keep_different_roots(string one, string other) =>
        Assert.NotEqual(DerivationRoot.Of(one), DerivationRoot.Of(other));

    [Theory]
    [InlineData("kurs")]
    [InlineData("rat")]
    public void Short_words_stay_whole(string word) =>
        Assert.Equal(word, DerivationRoot.Of(word));
}
