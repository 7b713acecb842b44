namespace IntegrationBot.Core.Synopsis;

/// <summary>Dictionary-backed lookups over one immutable <see cref="SynopsisDocument"/>. Names match exactly (ordinal).</summary>
public sealed class InMemorySynopsisRepository : ISynopsisRepository
{
    private readonly Dictionary<string, City> _cities;
    private readonly Dictionary<string, Aspect> _aspects;
    private readonly Dictionary<(City City, Aspect Aspect), Entry> _entries;
    private readonly Dictionary<City, Entry[]> _byCity;
    private readonly Dictionary<Aspect, Entry[]> _byAspect;

    public InMemorySynopsisRepository(SynopsisDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        _cities = document.Cities.ToDictionary(static c => c.Name, StringComparer.Ordinal);
        _aspects = document.Aspects.ToDictionary(static a => a.Title, StringComparer.Ordinal);
        _entries = document.Entries.ToDictionary(static e => (e.City, e.Aspect));
        var cityOrder = document.Cities.Select(static (c, i) => (c, i)).ToDictionary(static x => x.c, static x => x.i);
        _byCity = document.Cities.ToDictionary(
            static c => c,
            c => document.Entries.Where(e => e.City == c).OrderBy(static e => e.Aspect.Order).ToArray());
        _byAspect = document.Aspects.ToDictionary(
            static a => a,
            a => document.Entries.Where(e => e.Aspect == a).OrderBy(e => cityOrder.GetValueOrDefault(e.City)).ToArray());
    }

    public SynopsisDocument Document { get; }

    public IReadOnlyList<City> Cities => Document.Cities;

    public IReadOnlyList<Aspect> Aspects => Document.Aspects;

    public City? FindCity(string canonicalName) =>
        canonicalName is not null && _cities.TryGetValue(canonicalName, out var city) ? city : null;

    public Aspect? FindAspect(string title) =>
        title is not null && _aspects.TryGetValue(title, out var aspect) ? aspect : null;

    public Entry? Find(City city, Aspect aspect) =>
        city is not null && aspect is not null && _entries.TryGetValue((city, aspect), out var entry) ? entry : null;

    public IReadOnlyList<Entry> ForCity(City city) =>
        city is not null && _byCity.TryGetValue(city, out var entries) ? entries : [];

    public IReadOnlyList<Entry> ForAspect(Aspect aspect) =>
        aspect is not null && _byAspect.TryGetValue(aspect, out var entries) ? entries : [];
}
