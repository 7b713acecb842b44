namespace IntegrationBot.Core.Insights;

/// <summary>
/// What one turn adds to the insights: counter keys only (category and value, e.g. UnknownCity „Köln“), and – only
/// when the separate switch is on – the truncated text of an unanswered question. Never a user, conversation or address.
/// </summary>
public sealed record InsightObservation(IReadOnlyList<InsightKey> Counts, string? UnansweredText);

/// <summary>One counter: a category and a value.</summary>
public sealed record InsightKey(InsightCategory Category, string Value);
