using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Synopsis.Formats.Table;

/// <summary>The content of one table cell in whatever richness its format has (Word paragraphs, or plain text).</summary>
internal interface ICellContent
{
    /// <summary>The cell as normalised plain text, lines joined by "\n" (for titles, aspects and city headers).</summary>
    string Text { get; }

    /// <summary>True when the cell opens with a city marker followed by content ("Bielefeld: Dezernat …").</summary>
    bool StartsWithMarkedEntry { get; }

    /// <summary>Feeds the cell's blocks to the builder; <paramref name="markers"/> says whether "City:" starts a city.</summary>
    void Feed(EntryContentBuilder builder, bool markers);
}
