using System.Text;
using CsvHelper;
using IntegrationBot.Core.Synopsis.Formats.Table;
using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Synopsis.Formats.Csv;

/// <summary>
/// CSV (UTF-8; separator ";" as German Excel writes it, or "," or tab, detected): the same two shapes as a table, one
/// record per row. Quoted fields may hold line breaks, which separate blocks (see <see cref="TextCellContent"/>).
/// </summary>
public sealed class CsvSynopsisLoader : ISynopsisLoader
{
    private const string TableName = "CSV";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public IReadOnlyCollection<string> Extensions { get; } = [".csv"];

    public LoadedSynopsis Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var rows = new List<Table.TableRow>();
        try
        {
            using var text = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            using var csv = CsvReader.Create(text, ReaderOptions, leaveOpen: false);
            while (csv.Read())
            {
                var number = (int)csv.RowNumber;
                var cells = new Table.TableCell?[csv.FieldCount];
                for (var column = 0; column < cells.Length; column++)
                {
                    cells[column] = new Table.TableCell(new TextCellContent(csv.GetString(column)), number, column);
                }

                rows.Add(new Table.TableRow(number, cells));
            }
        }
        catch (DecoderFallbackException ex)
        {
            throw new SynopsisFormatException(path, rows.Count + 1, TableName, "Die Datei ist kein gültiges UTF-8. In Excel bitte „CSV UTF-8 (durch Trennzeichen getrennt)“ wählen.", ex);
        }
        catch (CsvFormatException ex)
        {
            throw new SynopsisFormatException(path, ex.RecordNumber > 0 ? (int)ex.RecordNumber : rows.Count + 1, TableName, "Die CSV-Zeile ist fehlerhaft (z. B. ein nicht geschlossenes Anführungszeichen).", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SynopsisFormatException(path, 0, TableName, $"Die Datei kann nicht gelesen werden ({ex.GetType().Name}).", ex);
        }

        return TableSynopsisReader.Read(new SynopsisTable(path, TableName, rows, title: null, SynopsisTable.NumberedColumn));
    }

    /// <summary>Separator detected (";" "," tab "|"); malformed quoting is reported instead of guessed around.</summary>
    private static CsvReaderOptions ReaderOptions => new()
    {
        HasHeader = false,
        SkipEmptyLines = true,
        TrimWhitespace = false,
        MalformedData = CsvMalformedDataHandling.Throw,
    };
}
