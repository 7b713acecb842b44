namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>Where a piece of a synopsis came from: file, 1-based row, and (for tables) column or sheet/table detail.</summary>
public sealed record SourceLocation(string Source, int Row, string? Column = null)
{
    public override string ToString()
    {
        var row = Row > 0 ? $", Zeile {Row}" : string.Empty;
        var column = string.IsNullOrEmpty(Column) ? string.Empty : $", {Column}";
        return $"{Source}{row}{column}";
    }

    public SynopsisFormatException Error(string reason, Exception? inner = null) =>
        new(Source, Row, Column, reason, inner);
}
