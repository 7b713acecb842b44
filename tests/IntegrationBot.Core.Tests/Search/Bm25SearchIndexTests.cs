using IntegrationBot.Core.Tests.Understanding;

namespace IntegrationBot.Core.Tests.Search;

/// <summary>Full-text search over the seed entries with German analysis.</summary>
public sealed class Bm25SearchIndexTests
{
    private static IReadOnlyList<IntegrationBot.Core.Search.SearchHit> Search(params string[] terms) =>
        Seed.Recognizer.Model.SearchIndex.Search(terms);

    [Theory]
    [InlineData("Flüchtlingsberatung", "Bielefeld", "Orga-Struktur")]
    [InlineData("Fluechtlingsberatung", "Bielefeld", "Orga-Struktur")]
    [InlineData("Fachaufsätze", "München", "Aufgaben und Arbeitsweise der zuständigen Dienststelle")]
    [InlineData("Konflikten", "Frankfurt", "Aufgaben und Arbeitsweise der zuständigen Dienststelle")]
    [InlineData("Standortpolitik", "Stuttgart", "Präambel zur Integrationspolitik")]
    [InlineData("Migrationsleitbild", "Münster", "Aufgaben und Arbeitsweise der zuständigen Dienststelle")]
    public void Finds_the_entry_that_mentions_the_word_in_any_inflection(string term, string city, string aspect)
    {
        var top = Search(term)[0];
        Assert.Equal(city, top.City.Name);
        Assert.Equal(aspect, top.Aspect.Title);
        Assert.Equal(1.0, top.Score);
    }

    [Theory]
    [InlineData("Beratung", "Bielefeld")]
    [InlineData("Öffentlichkeit", "München")]
    public void Finds_compound_words_by_their_parts(string term, string city)
    {
        Assert.Contains(Search(term), h => h.City.Name == city);
    }

    [Fact]
    public void Snippet_is_the_passage_with_the_matched_words()
    {
        var hit = Search("Polizei", "Nachbarn")[0];
        Assert.Equal("Frankfurt", hit.City.Name);
        Assert.Contains("Polizei", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("Nachbarn", hit.MatchedWords);
        Assert.Contains("Polizei", hit.MatchedWords);
    }

    [Fact]
    public void Ranks_best_first_and_scores_relative_to_the_best()
    {
        var hits = Search("Integrationspolitik", "Standortpolitik");
        Assert.Equal("Stuttgart", hits[0].City.Name);
        Assert.True(hits.Zip(hits.Skip(1)).All(static p => p.First.Score >= p.Second.Score));
        Assert.All(hits, static h => Assert.InRange(h.Score, 0.0, 1.0));
    }

    [Theory]
    [InlineData("Schwimmbad")]
    [InlineData("der die das")]
    public void Finds_nothing_for_words_the_synopsis_does_not_contain(string term)
    {
        Assert.Empty(Search(term));
    }
}
