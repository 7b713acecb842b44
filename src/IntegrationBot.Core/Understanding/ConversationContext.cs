using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Understanding;

/// <summary>
/// What the previous turn of a conversation was about; stored in conversation state so follow-ups
/// ("Und in Frankfurt?") can fill missing slots. Plain strings so it serialises compactly in any IStorage.
/// </summary>
public sealed record ConversationContext
{
    public static ConversationContext Empty { get; } = new();

    public Intent LastIntent { get; init; } = Intent.None;

    /// <summary>Canonical city names of the last query.</summary>
    public IReadOnlyList<string> Cities { get; init; } = [];

    /// <summary>Aspect titles of the last query.</summary>
    public IReadOnlyList<string> Aspects { get; init; } = [];

    /// <summary>Readings offered by the last "Meinten Sie …?" answer, so "die zweite" can pick one.</summary>
    public IReadOnlyList<string> OfferedQuestions { get; init; } = [];

    public DateTimeOffset? UpdatedAt { get; init; }
}
