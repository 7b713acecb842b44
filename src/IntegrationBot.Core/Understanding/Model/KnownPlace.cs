using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Understanding.Model;

/// <summary>
/// A place the recognizer can name: a city of the synopsis (<see cref="Covered"/> set), a gazetteer city the
/// synopsis does not cover (reported as unknown), or a region (recognised, then ignored).
/// </summary>
public sealed record KnownPlace(string Name, City? Covered, bool Ambiguous, bool Region)
{
    /// <summary>An uncovered town of the general list: matched by its name only (no demonyms, no typo correction).</summary>
    public bool NameOnly { get; init; }
}
