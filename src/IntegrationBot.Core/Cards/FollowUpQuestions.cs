using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Cards;

/// <summary>
/// The questions buttons send. One place, so they stay phrased the way the recognizer understands
/// (tests run every offered question back through the recognizer).
/// </summary>
public static class FollowUpQuestions
{
    public static FollowUp CityProfile(City city) => new($"Alles zu {city.Name}", $"Was weißt du über {city.Name}?");

    public static FollowUp OtherAspects(City city) => new($"Andere Aspekte von {city.Name}", $"Was weißt du über {city.Name}?");

    public static FollowUp Entry(City city, Aspect aspect) => new($"{aspect.Title} in {city.Name}", $"{aspect.Title} in {city.Name}");

    public static FollowUp CompareWith(Aspect aspect, IEnumerable<City> cities, City other)
    {
        var names = cities.Select(c => c.Name).Append(other.Name).ToList();
        return new($"Mit {other.Name} vergleichen", $"Vergleiche {aspect.Title} von {JoinGerman(names)}");
    }

    public static FollowUp CompareCities(City city, City other) =>
        new($"Mit {other.Name} vergleichen", $"Vergleiche {city.Name} und {other.Name}");

    public static FollowUp AllCities(Aspect aspect) => new("Alle Städte zu diesem Aspekt", $"{aspect.Title} in allen Städten");

    public static FollowUp AllCitiesNamed(Aspect aspect) => new(aspect.Title, $"{aspect.Title} in allen Städten");

    /// <summary>Cities and aspects shown on one page when a card had to leave the rest out.</summary>
    public const int PageCities = 5;

    /// <summary>One aspect per page: several titles in one question („A, B und C in X“) are ambiguous when a title itself contains „und“.</summary>
    public const int PageAspects = 1;

    /// <summary>The next page of a card that left entries out: „… in A, B und C“ for the next few aspects or cities.</summary>
    /// <returns>Null when there is nothing to page to.</returns>
    public static FollowUp? NextPage(IReadOnlyList<string> aspects, IReadOnlyList<string> cities)
    {
        ArgumentNullException.ThrowIfNull(aspects);
        ArgumentNullException.ThrowIfNull(cities);
        return aspects.Count == 0 || cities.Count == 0 ? null : new("Weitere anzeigen", $"{JoinGerman(aspects)} in {JoinGerman(cities)}");
    }

    public static FollowUp ListCities { get; } = new("Welche Städte gibt es?", "Welche Städte gibt es?");

    public static FollowUp ListAspects { get; } = new("Welche Aspekte gibt es?", "Welche Aspekte gibt es?");

    public static FollowUp Help { get; } = new("Hilfe", "Hilfe");

    /// <summary>"A, B und C".</summary>
    public static string JoinGerman(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " und " + items[^1],
        };
    }
}
