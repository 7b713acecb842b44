using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Tests.Synopsis;

public sealed class BulletItemSplitterTests
{
    [Theory]
    [InlineData(" - Eins, - Zwei", new[] { "Eins", "Zwei" })]
    [InlineData("- Eins - Zwei - Drei", new[] { "Eins", "Zwei", "Drei" })]
    [InlineData(" - Ziel ist Standortpolitik - die Anerkennung stärkt. - Zweites Ziel", new[] { "Ziel ist Standortpolitik - die Anerkennung stärkt.", "Zweites Ziel" })]
    [InlineData(" - berät, - kooperiert - betreibt", new[] { "berät", "kooperiert", "betreibt" })]
    [InlineData(" - berät - Kooperation zählt", new[] { "berät - Kooperation zählt" })]
    [InlineData(" - 2019 gegründet - 2020 erweitert", new[] { "2019 gegründet", "2020 erweitert" })]
    [InlineData(" - Einwohner- (innen) zählen", new[] { "Einwohner- (innen) zählen" })]
    [InlineData("ohne Strich am Anfang - zweites", new[] { "ohne Strich am Anfang", "zweites" })]
    [InlineData(" -  - Eins;", new[] { "Eins" })]
    [InlineData(" - ", new string[0])]
    public void Splits_dash_separated_items_by_punctuation_and_case(string text, string[] items)
    {
        Assert.Equal(items, BulletItemSplitter.Split(text));
    }
}
