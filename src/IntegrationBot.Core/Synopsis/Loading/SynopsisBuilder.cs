namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>
/// Collects title, aspects, cities and entries from any format (and from several files) into one
/// <see cref="SynopsisDocument"/>. Aspects keep the order of first appearance, cities too. A second entry for the same
/// city and aspect is a conflict reported with both places, never an overwrite.
/// </summary>
internal sealed class SynopsisBuilder
{
    private readonly List<Aspect> _aspects = [];
    private readonly Dictionary<string, Aspect> _aspectsByTitle = new(StringComparer.Ordinal);
    private readonly List<City> _cities = [];
    private readonly Dictionary<string, int> _cityIndex = new(StringComparer.Ordinal);
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<EntryKey, SourceLocation> _locations = [];

    public string? Title { get; private set; }

    public int AspectCount => _aspects.Count;

    /// <summary>Keeps the first title; later files of a merged synopsis only add rows and columns.</summary>
    public void SetTitle(string title)
    {
        if (Title is null && !string.IsNullOrWhiteSpace(title))
        {
            Title = SynopsisText.Normalize(title);
        }
    }

    public Aspect AddAspect(string title)
    {
        var trimmed = title.Trim();
        if (_aspectsByTitle.TryGetValue(trimmed, out var existing))
        {
            return existing;
        }

        var aspect = new Aspect(trimmed, _aspects.Count);
        _aspects.Add(aspect);
        _aspectsByTitle.Add(trimmed, aspect);
        return aspect;
    }

    public City AddCity(string name)
    {
        if (_cityIndex.TryGetValue(name, out var index))
        {
            return _cities[index];
        }

        var city = new City(name);
        _cityIndex.Add(name, _cities.Count);
        _cities.Add(city);
        return city;
    }

    /// <summary>Adds a cell. A city without any text is registered as covered but gets no entry (empty = no entry).</summary>
    public void AddEntry(Aspect aspect, CityMarker marker, IReadOnlyList<ContentBlock> blocks, SourceLocation location)
    {
        var city = AddCity(marker.Name);
        if (blocks.Count == 0)
        {
            return;
        }

        var key = new EntryKey(city.Name, aspect.Title);
        if (_locations.TryGetValue(key, out var first))
        {
            throw location.Error($"Doppelter Eintrag für {city.Name} / „{aspect.Title}“: steht schon in {first}. Bitte einen der beiden Einträge entfernen oder zusammenführen.");
        }

        _locations.Add(key, location);
        _entries.Add(new Entry(aspect, city, marker.ExamplesOnly, blocks));
    }

    public void AddEntries(Aspect aspect, IEnumerable<CellEntry> cellEntries, SourceLocation location)
    {
        foreach (var cellEntry in cellEntries)
        {
            AddEntry(aspect, cellEntry.City, cellEntry.Blocks, location);
        }
    }

    /// <summary>Adds another loaded synopsis (another file), reporting conflicts with both sources.</summary>
    public void Merge(LoadedSynopsis other)
    {
        SetTitle(other.Document.Title);
        foreach (var city in other.Document.Cities)
        {
            AddCity(city.Name);
        }

        foreach (var aspect in other.Document.Aspects)
        {
            AddAspect(aspect.Title);
        }

        foreach (var entry in other.Document.Entries)
        {
            var location = other.Locations.TryGetValue(new EntryKey(entry.City.Name, entry.Aspect.Title), out var found)
                ? found
                : new SourceLocation("(unbekannt)", 0);
            AddEntry(_aspectsByTitle[entry.Aspect.Title], new CityMarker(entry.City.Name, entry.ExamplesOnly), entry.Blocks, location);
        }
    }

    /// <summary>Entries come out in aspect order, then city order, whatever order the source had.</summary>
    public LoadedSynopsis Build()
    {
        var ordered = _entries
            .OrderBy(static e => e.Aspect.Order)
            .ThenBy(e => _cityIndex[e.City.Name])
            .ToArray();
        var document = new SynopsisDocument(Title ?? string.Empty, [.. _aspects], [.. _cities], ordered);
        return new LoadedSynopsis(document, new Dictionary<EntryKey, SourceLocation>(_locations));
    }
}
