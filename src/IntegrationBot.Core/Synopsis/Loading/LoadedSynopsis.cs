namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>A synopsis as loaded from one or more files, with where each entry came from (for conflict reports).</summary>
public sealed record LoadedSynopsis(SynopsisDocument Document, IReadOnlyDictionary<EntryKey, SourceLocation> Locations);

/// <summary>Identifies a cell: the canonical city name and the aspect title, exactly as in the data.</summary>
public readonly record struct EntryKey(string City, string Aspect);
