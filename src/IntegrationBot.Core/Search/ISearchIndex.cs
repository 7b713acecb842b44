namespace IntegrationBot.Core.Search;

/// <summary>Full-text search over all entries of one synopsis, with German analysis.</summary>
public interface ISearchIndex
{
    /// <summary>Ranked hits for the query terms, best first; empty when nothing matches.</summary>
    IReadOnlyList<SearchHit> Search(IReadOnlyList<string> terms, int maxResults = 10);
}
