using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Search;

/// <summary>One ranked full-text hit: an entry (city × aspect), its score, and the best matching snippet.</summary>
/// <param name="MatchedWords">Words of <paramref name="Snippet"/> that matched the query, as they stand in the snippet.</param>
public sealed record SearchHit(City City, Aspect Aspect, double Score, string Snippet, IReadOnlyList<string> MatchedWords);
