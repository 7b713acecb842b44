namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>
/// Collects title, aspects, cities and entries from any format (and from several files) into one
/// <see cref="SynopsisDocument"/>, with the optional keywords per aspect, provenance and glossary. Aspects keep the
/// order of first appearance, cities too. A second entry for the same city and aspect, or a second, different
/// definition of a glossary term, is a conflict reported with both places, never an overwrite.
/// </summary>
internal sealed class SynopsisBuilder
{
    private readonly List<Aspect> _aspects = [];
    private readonly Dictionary<string, Aspect> _aspectsByTitle = new(StringComparer.Ordinal);
    private readonly List<City> _cities = [];
    private readonly Dictionary<string, int> _cityIndex = new(StringComparer.Ordinal);
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<EntryKey, SourceLocation> _locations = [];
    private readonly Dictionary<string, List<string>> _keywords = new(StringComparer.Ordinal);
    private readonly List<GlossaryTerm> _glossary = [];
    private readonly Dictionary<string, (GlossaryTerm Term, SourceLocation Location)> _glossaryTerms = new(StringComparer.OrdinalIgnoreCase);

    public ProvenanceBuilder Provenance { get; } = new();

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

    /// <summary>Adds keywords (one cell or line, see <see cref="MetadataLabels.SplitKeywords"/>) to an aspect; repeats are kept once.</summary>
    public void AddKeywords(Aspect aspect, string text)
    {
        ArgumentNullException.ThrowIfNull(aspect);
        AddKeywordList(aspect.Title, MetadataLabels.SplitKeywords(text));
    }

    /// <summary>Adds a glossary term. The same term twice with another definition is an error naming both places.</summary>
    public void AddGlossaryTerm(string term, string definition, SourceLocation location)
    {
        var cleanTerm = SynopsisText.Normalize(term);
        var cleanDefinition = SynopsisText.Normalize(definition);
        if (cleanTerm.Length == 0)
        {
            throw location.Error($"Im Glossar fehlt der Begriff zur Erklärung „{cleanDefinition}“.");
        }

        if (cleanDefinition.Length == 0)
        {
            throw location.Error($"Im Glossar fehlt die Erklärung zu „{cleanTerm}“.");
        }

        if (_glossaryTerms.TryGetValue(cleanTerm, out var earlier))
        {
            if (string.Equals(earlier.Term.Definition, cleanDefinition, StringComparison.Ordinal))
            {
                return;
            }

            throw location.Error($"„{cleanTerm}“ steht zweimal im Glossar mit verschiedenen Erklärungen (auch in {earlier.Location}). Bitte eine Erklärung stehen lassen.");
        }

        var glossaryTerm = new GlossaryTerm(cleanTerm, cleanDefinition);
        _glossaryTerms.Add(cleanTerm, (glossaryTerm, location));
        _glossary.Add(glossaryTerm);
    }

    /// <summary>Adds another loaded synopsis (another file), reporting conflicts with both sources.</summary>
    public void Merge(LoadedSynopsis other)
    {
        SetTitle(other.Document.Title);
        Provenance.Merge(other.Document.Provenance);
        foreach (var term in other.Document.Glossary)
        {
            AddGlossaryTerm(term.Term, term.Definition, new SourceLocation(other.Locations.Values.FirstOrDefault()?.Source ?? "(unbekannt)", 0, "Glossar"));
        }

        foreach (var city in other.Document.Cities)
        {
            AddCity(city.Name);
        }

        foreach (var aspect in other.Document.Aspects)
        {
            AddAspect(aspect.Title);
            AddKeywordList(aspect.Title, aspect.Keywords);
        }

        foreach (var entry in other.Document.Entries)
        {
            var location = other.Locations.TryGetValue(new EntryKey(entry.City.Name, entry.Aspect.Title), out var found)
                ? found
                : new SourceLocation("(unbekannt)", 0);
            AddEntry(_aspectsByTitle[entry.Aspect.Title], new CityMarker(entry.City.Name, entry.ExamplesOnly), entry.Blocks, location);
        }
    }

    /// <summary>
    /// Entries come out in aspect order, then city order, whatever order the source had. Without a stated date the
    /// modification date of <paramref name="file"/> stands in (<see cref="SynopsisProvenance.DateFromFileModification"/>).
    /// </summary>
    public LoadedSynopsis Build(string? file = null)
    {
        var aspects = _aspects
            .Select(a => _keywords.TryGetValue(a.Title, out var keywords) ? new Aspect(a.Title, a.Order, [.. keywords]) : a)
            .ToArray();
        var byTitle = aspects.ToDictionary(static a => a.Title, StringComparer.Ordinal);
        var ordered = _entries
            .OrderBy(static e => e.Aspect.Order)
            .ThenBy(e => _cityIndex[e.City.Name])
            .Select(e => ReferenceEquals(byTitle[e.Aspect.Title], e.Aspect) ? e : e with { Aspect = byTitle[e.Aspect.Title] })
            .ToArray();
        var document = new SynopsisDocument(Title ?? string.Empty, aspects, [.. _cities], ordered, Provenance.Build(file), [.. _glossary]);
        return new LoadedSynopsis(document, new Dictionary<EntryKey, SourceLocation>(_locations));
    }

    private void AddKeywordList(string title, IEnumerable<string> keywords)
    {
        if (!_keywords.TryGetValue(title, out var list))
        {
            list = [];
        }

        foreach (var keyword in keywords)
        {
            if (!list.Contains(keyword, StringComparer.OrdinalIgnoreCase))
            {
                list.Add(keyword);
            }
        }

        if (list.Count > 0)
        {
            _keywords[title] = list;
        }
    }
}
