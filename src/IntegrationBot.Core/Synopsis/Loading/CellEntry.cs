namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>What one city says in one cell, before it is attached to an aspect.</summary>
internal sealed record CellEntry(CityMarker City, IReadOnlyList<ContentBlock> Blocks);
