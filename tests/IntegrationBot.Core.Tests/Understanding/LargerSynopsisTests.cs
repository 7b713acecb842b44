using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;
using IntegrationBot.TestSupport;

namespace IntegrationBot.Core.Tests.Understanding;

/// <summary>A bigger synopsis (100 cities × 20 aspects, generated): new cities and aspects work without code changes.</summary>
public sealed class LargerSynopsisTests
{
    private static readonly Lazy<(SynopsisDocument Document, Recognizer Recognizer)> Large = new(() =>
    {
        var document = SyntheticSynopsis.Generate(cities: 100, aspects: 20, seed: 11);
        return (document, new Recognizer(document, Seed.Lexicon));
    });

    private static RecognitionResult Recognize(string text) =>
        Large.Value.Recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);

    public static TheoryData<int> CityIndices() => new() { 0, 7, 19, 30, 44, 63, 79, 85, 99 };

    public static TheoryData<int> AspectIndices() => [.. Enumerable.Range(0, 20)];

    [Theory]
    [MemberData(nameof(CityIndices))]
    public void Every_city_of_the_data_is_recognised(int index)
    {
        var city = Large.Value.Document.Cities[index];
        var result = Recognize($"Wie arbeitet die Dienststelle in {city.Name}?");
        Assert.Equal([city], result.Cities);
        Assert.Empty(result.UnknownCities);
    }

    [Theory]
    [MemberData(nameof(AspectIndices))]
    public void Every_aspect_title_of_the_data_is_recognised(int index)
    {
        var aspect = Large.Value.Document.Aspects[index];
        var city = Large.Value.Document.Cities[3];
        var result = Recognize($"{aspect.Title} in {city.Name}");
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([city], result.Cities);
        Assert.Equal([aspect], result.Aspects);
    }

    [Fact]
    public void A_city_that_the_data_covers_is_no_longer_unknown()
    {
        var covered = Large.Value.Document.Cities.Select(static c => c.Name).ToHashSet();
        Assert.Contains("Hannover", covered);
        var result = Recognize("Wie ist Integration in Hannover angebunden?");
        Assert.Equal(["Hannover"], result.Cities.Select(static c => c.Name));
        Assert.Empty(result.UnknownCities);
        Assert.Empty(Seed.Recognize("Wie ist Integration in Hannover angebunden?").Cities);
    }

    [Fact]
    public void Search_finds_content_of_the_larger_synopsis()
    {
        var result = Recognize("Welche Städte haben einen Dolmetscherpool?");
        Assert.Equal(Intent.Search, result.Intent);
        Assert.NotEmpty(result.Results);
        Assert.All(result.Results.Take(3), h => Assert.Contains("Dolmetscherpool", Large.Value.Document.Entries.Single(e => e.City == h.City && e.Aspect == h.Aspect).PlainText, StringComparison.Ordinal));
    }
}
