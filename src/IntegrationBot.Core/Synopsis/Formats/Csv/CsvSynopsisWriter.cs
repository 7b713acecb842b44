using CsvHelper;
using IntegrationBot.Core.Synopsis.Formats.Table;
using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Synopsis.Formats.Csv;

/// <summary>
/// Writes the grid shape as CSV the way German Excel opens it directly: UTF-8 with byte order mark, ";" separated,
/// title row, provenance rows ("Stand:" | value), header row of cities (after "Stichworte" when there are keywords),
/// one row per aspect, the glossary block at the end; line breaks inside quoted cells separate blocks.
/// </summary>
public sealed class CsvSynopsisWriter : ISynopsisWriter
{
    public IReadOnlyCollection<string> Extensions { get; } = [".csv"];

    public void Write(SynopsisDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.Create(path);
        using var csv = CsvWriter.Create(stream, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, NewLine = "\r\n" }, leaveOpen: false);
        foreach (var row in PlainTextCell.Grid(document, metadata: true))
        {
            csv.WriteRecord(row);
        }
    }
}
