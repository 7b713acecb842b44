namespace IntegrationBot.Core.Synopsis;

/// <summary>Read access to one loaded synopsis.</summary>
public interface ISynopsisRepository
{
    SynopsisDocument Document { get; }

    IReadOnlyList<City> Cities { get; }

    IReadOnlyList<Aspect> Aspects { get; }

    /// <summary>Case- and umlaut-sensitive exact lookup by canonical name; null when not covered.</summary>
    City? FindCity(string canonicalName);

    /// <summary>Exact lookup by aspect title as in the data; null when unknown.</summary>
    Aspect? FindAspect(string title);

    /// <summary>The entry of that city for that aspect; null when the synopsis has none (sparse data is normal).</summary>
    Entry? Find(City city, Aspect aspect);

    /// <summary>All entries of a city, in aspect order.</summary>
    IReadOnlyList<Entry> ForCity(City city);

    /// <summary>All entries for an aspect, in city order.</summary>
    IReadOnlyList<Entry> ForAspect(Aspect aspect);
}
