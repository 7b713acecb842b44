using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Synopsis.Formats.Table;

/// <summary>
/// Reads a synopsis from a table in either of the two shapes offices use:
/// <list type="bullet">
/// <item>Grid: a header row of cities (first cell empty or a label such as "Aspekt"), the first column holds aspects,
/// each cell is one city's entry. "München z.B." in the header flags the whole column as examples only; a cell starting
/// with "z.B.:" flags that entry.</item>
/// <item>Seed-style: the first column holds aspects, the other cells hold several cities, each starting with a
/// "City:" marker (underlined in Word).</item>
/// </list>
/// A first row whose only text is in the first cell (also a merged cell across the row) is the title. The shape is
/// decided by the first row after the title: cities in the header are short single lines; a cell that opens with
/// "City:" and content means seed-style. Empty cells are "no entry". Merged cells give their content to every
/// city/aspect they span.
/// </summary>
internal static class TableSynopsisReader
{
    private const int MaxHeaderLength = 80;

    public static LoadedSynopsis Read(SynopsisTable table)
    {
        var rows = table.Rows.Where(static r => !r.IsEmpty).ToList();
        var builder = new SynopsisBuilder();
        var tableLocation = new SourceLocation(table.Source, 0, table.TableName);
        if (rows.Count == 0)
        {
            throw tableLocation.Error("Die Tabelle ist leer.");
        }

        if (table.Title is { Length: > 0 } title)
        {
            builder.SetTitle(title);

            // A caption row merged across the whole table repeats or adds to the title above it: it is no data row.
            if (IsTitleRow(rows[0]) && rows[0].Cells.Count > 1 && rows[0].Cells.All(c => ReferenceEquals(c, rows[0][0])))
            {
                rows.RemoveAt(0);
            }
        }
        else if (IsTitleRow(rows[0]))
        {
            builder.SetTitle(rows[0][0]!.Content.Text);
            rows.RemoveAt(0);
        }
        else
        {
            builder.SetTitle(Path.GetFileNameWithoutExtension(table.Source));
        }

        if (rows.Count == 0)
        {
            throw tableLocation.Error("Die Tabelle enthält nur einen Titel, aber keine Aspekte.");
        }

        if (IsHeaderRow(rows[0]))
        {
            ReadGrid(table, rows, builder);
        }
        else
        {
            ReadMarkedCells(table, rows, builder);
        }

        if (builder.AspectCount == 0)
        {
            throw tableLocation.Error("Die Tabelle enthält keine Zeile mit einem Aspekt.");
        }

        return builder.Build();
    }

    private static bool IsTitleRow(TableRow row)
    {
        var first = row[0];
        if (first is null || first.IsEmpty)
        {
            return false;
        }

        return row.Cells.All(c => c is null || c.IsEmpty || ReferenceEquals(c, first));
    }

    private static bool IsHeaderRow(TableRow row)
    {
        var cities = row.Cells.Skip(1).Where(static c => c is not null && !c.IsEmpty).ToArray();
        return cities.Length > 0 && cities.All(static c => IsShortLine(c!) && !c!.Content.StartsWithMarkedEntry);
    }

    private static bool IsShortLine(TableCell cell) =>
        cell.Content.Text.Length <= MaxHeaderLength && !cell.Content.Text.Contains('\n', StringComparison.Ordinal);

    private static SourceLocation Locate(SynopsisTable table, TableRow row, int column) =>
        new(table.Source, row.Number, $"{table.TableName}, {table.ColumnLabel(column)}");

    private static void ReadGrid(SynopsisTable table, List<TableRow> rows, SynopsisBuilder builder)
    {
        var header = rows[0];
        var columnCount = rows.Max(static r => r.Cells.Count);
        var cities = new CityMarker?[columnCount];
        var firstColumnOfCity = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var column = 1; column < columnCount; column++)
        {
            var cell = header[column];
            if (cell is null || cell.IsEmpty)
            {
                var dataRow = rows.Skip(1).FirstOrDefault(r => r[column] is { IsEmpty: false } c && !ReferenceEquals(c, r[column - 1]));
                if (dataRow is not null)
                {
                    throw Locate(table, header, column).Error("In der Kopfzeile fehlt die Stadt über dieser Spalte, darunter steht aber Text (z. B. in Zeile " + dataRow.Number + ").");
                }

                continue;
            }

            var marker = CityMarker.Parse(cell.Content.Text);
            if (marker.Name.Length == 0)
            {
                throw Locate(table, header, column).Error($"Die Kopfzeile enthält keinen Stadtnamen, nur „{cell.Content.Text}“.");
            }

            if (firstColumnOfCity.TryGetValue(marker.Name, out var earlier) && !ReferenceEquals(header[earlier], cell))
            {
                throw Locate(table, header, column).Error($"Die Stadt „{marker.Name}“ steht doppelt in der Kopfzeile ({table.ColumnLabel(earlier)} und {table.ColumnLabel(column)}).");
            }

            firstColumnOfCity.TryAdd(marker.Name, column);
            cities[column] = marker;
            builder.AddCity(marker.Name);
        }

        foreach (var group in GroupByAspectCell(rows.Skip(1)))
        {
            var aspect = ReadAspect(table, group[0], builder);
            foreach (var firstColumn in firstColumnOfCity.Values)
            {
                ReadGridEntry(table, group, aspect, cities, builder, firstColumn);
            }
        }
    }

    /// <summary>
    /// One city's entry for one aspect. A city whose header is merged over several columns reads them all, and an
    /// aspect cell merged over several rows reads them all, in order; a merged data cell counts once.
    /// </summary>
    private static void ReadGridEntry(SynopsisTable table, IReadOnlyList<TableRow> group, Aspect aspect, CityMarker?[] cities, SynopsisBuilder builder, int firstColumn)
    {
        var city = cities[firstColumn]!.Value;
        var location = Locate(table, group[0], firstColumn);
        var entry = new EntryContentBuilder(location, city);
        var fed = new HashSet<TableCell>();
        foreach (var row in group)
        {
            for (var column = firstColumn; column < cities.Length && cities[column] is { } c && c.Name == city.Name; column++)
            {
                if (row[column] is { IsEmpty: false } cell && fed.Add(cell))
                {
                    cell.Content.Feed(entry, markers: false);
                }
            }
        }

        // A builder with a preset city and no markers yields exactly that city's entry.
        var cellEntry = entry.Finish().Single();
        builder.AddEntry(aspect, cellEntry.City, cellEntry.Blocks, location);
    }

    /// <summary>Consecutive rows whose aspect cell is one merged cell form one aspect row.</summary>
    private static IEnumerable<IReadOnlyList<TableRow>> GroupByAspectCell(IEnumerable<TableRow> rows)
    {
        var group = new List<TableRow>();
        foreach (var row in rows)
        {
            if (group.Count > 0 && (row[0] is null || !ReferenceEquals(row[0], group[0][0])))
            {
                yield return group;
                group = [];
            }

            group.Add(row);
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    private static void ReadMarkedCells(SynopsisTable table, List<TableRow> rows, SynopsisBuilder builder)
    {
        foreach (var group in GroupByAspectCell(rows))
        {
            var aspect = ReadAspect(table, group[0], builder);
            var fed = new HashSet<TableCell>();
            foreach (var row in group)
            {
                for (var column = 1; column < row.Cells.Count; column++)
                {
                    if (row[column] is not { IsEmpty: false } cell || !fed.Add(cell))
                    {
                        continue;
                    }

                    var location = Locate(table, row, column);
                    var entries = new EntryContentBuilder(location);
                    cell.Content.Feed(entries, markers: true);
                    builder.AddEntries(aspect, entries.Finish(), location);
                }
            }
        }
    }

    /// <summary>The row's aspect (rows are never empty here); text in a row without an aspect is an error.</summary>
    private static Aspect ReadAspect(SynopsisTable table, TableRow row, SynopsisBuilder builder)
    {
        var title = row[0]?.Content.Text.Replace('\n', ' ').Trim() ?? string.Empty;
        if (title.Length > 0)
        {
            return builder.AddAspect(title);
        }

        var column = Enumerable.Range(1, Math.Max(0, row.Cells.Count - 1)).FirstOrDefault(c => row[c] is { IsEmpty: false });
        throw Locate(table, row, 0).Error($"Der Aspekt in der ersten Spalte fehlt, aber {table.ColumnLabel(column)} enthält Text.");
    }
}
