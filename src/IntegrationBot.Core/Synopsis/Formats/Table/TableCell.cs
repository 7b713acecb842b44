namespace IntegrationBot.Core.Synopsis.Formats.Table;

/// <summary>
/// One position of the table grid. A merged cell occupies several positions with the same instance, so a reader can
/// tell a merge (same <see cref="Origin"/>) from two cells that happen to hold the same text.
/// </summary>
internal sealed class TableCell(ICellContent content, int originRow, int originColumn)
{
    public ICellContent Content { get; } = content;

    public (int Row, int Column) Origin { get; } = (originRow, originColumn);

    public bool IsEmpty => Content.Text.Length == 0;
}
