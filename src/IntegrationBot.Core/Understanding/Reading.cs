using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Understanding;

/// <summary>One possible interpretation of a message, used to offer "Meinten Sie …?" choices.</summary>
internal sealed record Reading(Intent Intent, IReadOnlyList<City> Cities, IReadOnlyList<Aspect> Aspects, IReadOnlyList<string> SearchWords, double Score)
{
    /// <summary>
    /// The reading as a full German question that the recognizer understands the same way again, so a click
    /// (or "die zweite") asks exactly this.
    /// </summary>
    public string Question()
    {
        if (Intent == Intent.Search)
        {
            return $"Welche Städte haben {string.Join(' ', SearchWords)}?";
        }

        var cities = Enumerate(Cities.Select(static c => c.Name).ToList());
        if (Aspects.Count == 0)
        {
            return $"Alles zu {cities}";
        }

        var aspects = Enumerate(Aspects.Select(static a => a.Title).ToList());
        return Cities.Count == 0 ? $"{aspects} in allen Städten" : $"{aspects} in {cities}";
    }

    public string Label()
    {
        if (Intent == Intent.Search)
        {
            return $"Suche: {string.Join(' ', SearchWords)}";
        }

        var cities = Cities.Count == 0 ? "alle Städte" : Enumerate(Cities.Select(static c => c.Name).ToList());
        return Aspects.Count == 0 ? $"Alles zu {cities}" : $"{Enumerate(Aspects.Select(static a => a.Title).ToList())} – {cities}";
    }

    public bool SameAs(Reading other) =>
        Intent == other.Intent && Cities.SequenceEqual(other.Cities) && Aspects.SequenceEqual(other.Aspects)
        && SearchWords.SequenceEqual(other.SearchWords, StringComparer.OrdinalIgnoreCase);

    private static string Enumerate(List<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " und " + items[^1],
    };
}
