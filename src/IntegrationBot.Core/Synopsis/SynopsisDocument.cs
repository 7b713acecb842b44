namespace IntegrationBot.Core.Synopsis;

/// <summary>
/// The whole synopsis: a title, aspects in file order, cities in order of first appearance, and the entries (cells);
/// optionally where it comes from (<see cref="Provenance"/>) and the terms it defines (<see cref="Glossary"/>).
/// Immutable: a reload builds a new instance.
/// </summary>
public sealed class SynopsisDocument
{
    public SynopsisDocument(
        string title,
        IReadOnlyList<Aspect> aspects,
        IReadOnlyList<City> cities,
        IReadOnlyList<Entry> entries,
        SynopsisProvenance? provenance = null,
        IReadOnlyList<GlossaryTerm>? glossary = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(aspects);
        ArgumentNullException.ThrowIfNull(cities);
        ArgumentNullException.ThrowIfNull(entries);
        Title = title;
        Aspects = aspects;
        Cities = cities;
        Entries = entries;
        Provenance = provenance ?? SynopsisProvenance.Unknown;
        Glossary = glossary ?? [];
    }

    public string Title { get; }

    public IReadOnlyList<Aspect> Aspects { get; }

    public IReadOnlyList<City> Cities { get; }

    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>Date („Stand“), editor, organisation and source link; <see cref="SynopsisProvenance.Unknown"/> when none is known.</summary>
    public SynopsisProvenance Provenance { get; }

    /// <summary>Abbreviations and terms defined by the file, in file order; empty when the file has no glossary.</summary>
    public IReadOnlyList<GlossaryTerm> Glossary { get; }
}
