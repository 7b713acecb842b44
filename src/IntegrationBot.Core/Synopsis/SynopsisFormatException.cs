namespace IntegrationBot.Core.Synopsis;

/// <summary>A synopsis source is malformed. Names the source, the row (1-based line or table row) and the reason.</summary>
public sealed class SynopsisFormatException : Exception
{
    public SynopsisFormatException(string source, int row, string reason, Exception? inner = null)
        : base(Format(source, row, null, reason), inner)
    {
        SourceName = source;
        Row = row;
        Reason = reason;
    }

    public SynopsisFormatException(string source, int row, string? column, string reason, Exception? inner = null)
        : base(Format(source, row, column, reason), inner)
    {
        SourceName = source;
        Row = row;
        Column = column;
        Reason = reason;
    }

    public SynopsisFormatException()
        : this("(unbekannt)", 0, "unbekannter Fehler")
    {
    }

    public SynopsisFormatException(string message)
        : this("(unbekannt)", 0, message)
    {
    }

    public SynopsisFormatException(string message, Exception innerException)
        : this("(unbekannt)", 0, message, innerException)
    {
    }

    public string SourceName { get; }

    /// <summary>1-based row (line of a .tsv, row of a table); 0 when the whole source is affected.</summary>
    public int Row { get; }

    /// <summary>Column or sheet/table detail where the format has one.</summary>
    public string? Column { get; }

    public string Reason { get; }

    private static string Format(string source, int row, string? column, string reason)
    {
        var where = row > 0 ? $", Zeile {row}" : string.Empty;
        var col = string.IsNullOrEmpty(column) ? string.Empty : $", {column}";
        return $"{source}{where}{col}: {reason}";
    }
}
