using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Understanding;

/// <summary>
/// What the previous turn of a conversation was about; stored in conversation state so follow-ups
/// ("Und in Frankfurt?") can fill missing slots. Plain strings so it serialises compactly in any IStorage.
/// </summary>
public sealed record ConversationContext
{
    /// <summary>After this much silence a follow-up no longer refers to the previous turn.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public static ConversationContext Empty { get; } = new();

    public Intent LastIntent { get; init; } = Intent.None;

    /// <summary>Canonical city names of the last query.</summary>
    public IReadOnlyList<string> Cities { get; init; } = [];

    /// <summary>
    /// Cities of the query before the last one, when the last one replaced them ("Lernpaten in Trier" – "Und
    /// Ludwigshafen?"), so "Vergleiche die beiden" can mean both.
    /// </summary>
    public IReadOnlyList<string> PreviousCities { get; init; } = [];

    /// <summary>Aspect titles of the last query.</summary>
    public IReadOnlyList<string> Aspects { get; init; } = [];

    /// <summary>Places of the last query that the synopsis does not cover ("Und die Aufgaben?" after "… in Bremen?").</summary>
    public IReadOnlyList<string> UnknownCities { get; init; } = [];

    /// <summary>Readings offered by the last "Meinten Sie …?" answer, so "die zweite" can pick one.</summary>
    public IReadOnlyList<string> OfferedQuestions { get; init; } = [];

    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>True when the context is older than <see cref="Lifetime"/> and must not be used any more.</summary>
    public bool IsExpiredAt(DateTimeOffset now) => UpdatedAt is { } updated && now - updated > Lifetime;

    /// <summary>
    /// The context to store after <paramref name="result"/> was answered: a query replaces the slots; search results
    /// become the cities a follow-up refers to ("Wie ist es dort organisiert?"); a refused or not understood turn (None)
    /// clears the slots; other turns (small talk, lists) keep them. Offered
    /// readings are kept for exactly one turn. Pure: the host just stores the value. Lists are plain arrays so the value
    /// survives the type-name-preserving JSON of Bot Framework state stores.
    /// </summary>
    public ConversationContext After(RecognitionResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        var previous = IsExpiredAt(now) ? Empty : this;
        var offered = result.Alternatives.Select(static a => a.Question).ToArray();
        return result.Intent switch
        {
            Intent.Query => new ConversationContext
            {
                LastIntent = Intent.Query,
                Cities = Names(result.Cities),
                PreviousCities = PreviousOf(previous, result.Cities),
                Aspects = Titles(result.Aspects),
                UnknownCities = result.UnknownCities.ToArray(),
                OfferedQuestions = offered,
                UpdatedAt = now,
            },
            Intent.Search when result.Results.Count > 0 => new ConversationContext
            {
                LastIntent = Intent.Search,
                Cities = result.Results.Where(static h => h.Score >= 0.8).Select(static h => h.City.Name).Distinct().Take(3).ToArray(),
                Aspects = Array.Empty<string>(),
                OfferedQuestions = offered,
                UpdatedAt = now,
            },
            // "Welche Städte haben keine Angaben zur Präambel?" – "Und was steht bei Bielefeld dazu?" means the Präambel.
            Intent.Coverage when result.Aspects.Count > 0 || result.Cities.Count > 0 => previous with
            {
                LastIntent = Intent.Coverage,
                Cities = result.Cities.Count > 0 ? Names(result.Cities) : previous.Cities,
                Aspects = result.Aspects.Count > 0 ? Titles(result.Aspects) : previous.Aspects,
                OfferedQuestions = offered,
                UpdatedAt = now,
            },
            // A refused or unrelated turn passes nothing on ("Von wann sind die Daten?" after the weather in Stuttgart is
            // not Stuttgart's profile); offered readings stay pickable for one turn.
            Intent.None => Empty with { LastIntent = Intent.None, OfferedQuestions = offered, UpdatedAt = now },
            _ => previous with { LastIntent = result.Intent, OfferedQuestions = offered, UpdatedAt = now },
        };
    }

    private static string[] PreviousOf(ConversationContext previous, IReadOnlyList<City> cities)
    {
        var names = Names(cities);
        var replaced = previous.Cities.Except(names, StringComparer.Ordinal).ToArray();
        return replaced.Length > 0 ? replaced : previous.PreviousCities.Except(names, StringComparer.Ordinal).ToArray();
    }

    private static string[] Names(IEnumerable<City> cities) => cities.Select(static c => c.Name).ToArray();

    private static string[] Titles(IEnumerable<Aspect> aspects) => aspects.Select(static a => a.Title).ToArray();
}
