namespace IntegrationBot.Core.Synopsis;

/// <summary>
/// The whole synopsis: a title, aspects in file order, cities in order of first appearance, and the entries (cells).
/// Immutable: a reload builds a new instance.
/// </summary>
public sealed class SynopsisDocument
{
    public SynopsisDocument(string title, IReadOnlyList<Aspect> aspects, IReadOnlyList<City> cities, IReadOnlyList<Entry> entries)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(aspects);
        ArgumentNullException.ThrowIfNull(cities);
        ArgumentNullException.ThrowIfNull(entries);
        Title = title;
        Aspects = aspects;
        Cities = cities;
        Entries = entries;
    }

    public string Title { get; }

    public IReadOnlyList<Aspect> Aspects { get; }

    public IReadOnlyList<City> Cities { get; }

    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>Date, editor, organisation and link of the synopsis, as far as the file names them.</summary>
    public SynopsisProvenance Provenance { get; init; } = SynopsisProvenance.Unknown;

    /// <summary>Abbreviations and terms the file defines, in file order; empty when it has no glossary.</summary>
    public IReadOnlyList<GlossaryTerm> Glossary { get; init; } = [];
}
