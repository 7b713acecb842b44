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
/// Optional rows (docs/synopsis-format.md): provenance rows anywhere ("Stand:" | "12.03.2026", or "Stand: 12.03.2026"
/// in the first cell), a keywords row under an aspect row ("Stichworte:" | "a; b"), a keywords column in the grid's
/// header ("Stichworte"), and a glossary block at the end (a row "Glossar", then rows "Begriff" | "Erklärung").
/// </summary>
internal static class TableSynopsisReader
{
    private const int MaxHeaderLength = 80;

    /// <summary>Reads the table; <paramref name="more"/> adds what the format keeps elsewhere (a glossary sheet or table, document properties).</summary>
    public static LoadedSynopsis Read(SynopsisTable table, Action<SynopsisBuilder>? more = null)
    {
        var rows = table.Rows.Where(static r => !r.IsEmpty).ToList();
        var builder = new SynopsisBuilder();
        var tableLocation = new SourceLocation(table.Source, 0, table.TableName);
        ExtractMetadata(table, rows, builder);
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

        if (TryLabelledRow(table, rows[0], out var field, out _, out _) && field == MetadataField.Keywords)
        {
            throw Locate(table, rows[0], 0).Error("„Stichworte:“ steht vor der ersten Aspektzeile. Die Zeile gehört direkt unter die Zeile des Aspekts, für den die Stichworte gelten.");
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

        more?.Invoke(builder);
        return builder.Build(table.Source);
    }

    /// <summary>A separate glossary table or sheet: an optional header row ("Begriff" | "Bedeutung"), then one term per row.</summary>
    public static void ReadGlossaryTable(SynopsisTable table, SynopsisBuilder builder)
    {
        var rows = table.Rows.Where(static r => !r.IsEmpty).ToList();
        if (rows.Count > 0 && rows[0][0] is { } first && MetadataLabels.IsOneOf(first.Content.Text, MetadataLabels.TermHeaders))
        {
            rows.RemoveAt(0);
        }

        ReadGlossaryRows(table, rows, builder);
    }

    /// <summary>A separate metadata sheet: an optional header row ("Angabe" | "Wert"), then "Stand" | "12.03.2026" rows.</summary>
    public static void ReadMetadataTable(SynopsisTable table, SynopsisBuilder builder)
    {
        var rows = table.Rows.Where(static r => !r.IsEmpty).ToList();
        if (rows.Count > 0 && rows[0][0] is { } first && MetadataLabels.IsOneOf(first.Content.Text, MetadataLabels.MetadataHeaders))
        {
            rows.RemoveAt(0);
        }

        ReadMetadataRows(table, rows, builder);
    }

    /// <summary>Reads a glossary's rows ("Begriff" | "Erklärung"); <paramref name="rows"/> holds no header row.</summary>
    public static void ReadGlossaryRows(SynopsisTable table, IEnumerable<TableRow> rows, SynopsisBuilder builder)
    {
        foreach (var row in rows.Where(static r => !r.IsEmpty))
        {
            var term = row[0] is { } t ? t.Content.Text : string.Empty;
            var definition = row[1] is { } d && !ReferenceEquals(d, row[0]) ? d.Content.Text : string.Empty;
            RequireNothingBeyond(table, row, 2, "Im Glossar stehen nur zwei Spalten: Begriff und Erklärung.");
            builder.AddGlossaryTerm(term.Replace('\n', ' '), definition.Replace('\n', ' '), Locate(table, row, definition.Length == 0 ? 1 : 0));
        }
    }

    /// <summary>A metadata table's rows ("Stand" | "12.03.2026"): every row must be a provenance field.</summary>
    public static void ReadMetadataRows(SynopsisTable table, IEnumerable<TableRow> rows, SynopsisBuilder builder)
    {
        foreach (var row in rows.Where(static r => !r.IsEmpty))
        {
            var label = row[0]?.Content.Text ?? string.Empty;
            if (!MetadataLabels.TryParseLabel(label, out var field) || field is MetadataField.Keywords or MetadataField.Glossary)
            {
                throw Locate(table, row, 0).Error($"Unbekannte Angabe „{label}“. Möglich sind: Stand, Bearbeitung, Organisation, Quelle.");
            }

            RequireNothingBeyond(table, row, 2, $"Zu „{label}“ gehört genau ein Wert in der zweiten Spalte.");
            builder.Provenance.Set(field, row[1] is { } value && !ReferenceEquals(value, row[0]) ? value.Content.Text : string.Empty, Locate(table, row, 1), table.SpreadsheetDates);
        }
    }

    /// <summary>Takes provenance rows and the glossary block out of <paramref name="rows"/>, before title and shape are decided.</summary>
    private static void ExtractMetadata(SynopsisTable table, List<TableRow> rows, SynopsisBuilder builder)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (IsGlossaryStart(row))
            {
                ReadGlossaryRows(table, rows.Skip(i + 1), builder);
                rows.RemoveRange(i, rows.Count - i);
                return;
            }

            if (TryLabelledRow(table, row, out var field, out var value, out var valueColumn) && field is not (MetadataField.Keywords or MetadataField.Glossary))
            {
                builder.Provenance.Set(field, value, Locate(table, row, valueColumn), table.SpreadsheetDates);
                rows.RemoveAt(i--);
            }
        }
    }

    /// <summary>
    /// A row whose first cell is a label with a colon: the value is the rest of that cell ("Stand: 12.03.2026") or the one
    /// other filled cell ("Stand:" | "12.03.2026"). A bare label with two values is an error, not a guess.
    /// </summary>
    private static bool TryLabelledRow(SynopsisTable table, TableRow row, out MetadataField field, out string value, out int valueColumn)
    {
        value = string.Empty;
        valueColumn = 0;
        var first = row[0];
        if (first is null || !MetadataLabels.TryParseLine(first.Content.Text.Replace('\n', ' '), out field, out var inline))
        {
            field = default;
            return false;
        }

        var others = Enumerable.Range(1, Math.Max(0, row.Cells.Count - 1))
            .Where(c => row[c] is { IsEmpty: false } cell && !ReferenceEquals(cell, first) && !ReferenceEquals(cell, row[c - 1]))
            .ToArray();
        if (inline.Length > 0 && others.Length == 0)
        {
            value = inline;
            return true;
        }

        if (inline.Length == 0 && others.Length <= 1)
        {
            valueColumn = others.Length == 1 ? others[0] : 1;
            value = others.Length == 1 ? row[others[0]]!.Content.Text : string.Empty;
            return true;
        }

        if (inline.Length > 0)
        {
            // "Organisation: Aufbau" with entries beside it is an aspect whose title starts like a label.
            return false;
        }

        var label = MetadataLabels.LabelOf(field);
        throw Locate(table, row, others[1]).Error($"Die Zeile „{label}:“ hat mehr als einen Wert. Bitte den Wert in eine einzige Zelle neben „{label}:“ schreiben.");
    }

    private static bool IsGlossaryStart(TableRow row)
    {
        if (row[0] is not { } first || !MetadataLabels.TryParseLabel(first.Content.Text, out var field) || field != MetadataField.Glossary)
        {
            return false;
        }

        return Enumerable.Range(1, Math.Max(0, row.Cells.Count - 1)).All(c =>
            row[c] is not { IsEmpty: false } cell || ReferenceEquals(cell, first) || ReferenceEquals(cell, row[c - 1])
            || MetadataLabels.IsOneOf(cell.Content.Text, MetadataLabels.DefinitionHeaders));
    }

    private static void RequireNothingBeyond(SynopsisTable table, TableRow row, int columns, string reason)
    {
        for (var c = columns; c < row.Cells.Count; c++)
        {
            if (row[c] is { IsEmpty: false } cell && !ReferenceEquals(cell, row[c - 1]))
            {
                throw Locate(table, row, c).Error(reason);
            }
        }
    }

    /// <summary>Keywords written in a row under the aspect ("Stichworte:" | "a; b"), for that aspect.</summary>
    private static bool TryKeywordsRow(SynopsisTable table, TableRow row, Aspect? aspect, SynopsisBuilder builder)
    {
        if (!TryLabelledRow(table, row, out var field, out var value, out _) || field != MetadataField.Keywords)
        {
            return false;
        }

        if (aspect is null)
        {
            throw Locate(table, row, 0).Error("„Stichworte:“ steht vor der ersten Aspektzeile. Die Zeile gehört direkt unter die Zeile des Aspekts, für den die Stichworte gelten.");
        }

        builder.AddKeywords(aspect, value);
        return true;
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
        var keywordColumn = -1;
        for (var column = 1; column < columnCount; column++)
        {
            var cell = header[column];
            if (cell is { IsEmpty: false } && MetadataLabels.TryParseLabel(cell.Content.Text, out var field) && field == MetadataField.Keywords)
            {
                if (keywordColumn >= 0)
                {
                    throw Locate(table, header, column).Error($"Die Spalte „Stichworte“ steht doppelt in der Kopfzeile ({table.ColumnLabel(keywordColumn)} und {table.ColumnLabel(column)}).");
                }

                keywordColumn = column;
                continue;
            }

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

        Aspect? aspect = null;
        foreach (var group in GroupByAspectCell(rows.Skip(1)))
        {
            if (TryKeywordsRow(table, group[0], aspect, builder))
            {
                continue;
            }

            aspect = ReadAspect(table, group[0], builder);
            foreach (var firstColumn in firstColumnOfCity.Values)
            {
                ReadGridEntry(table, group, aspect, cities, builder, firstColumn);
            }

            if (keywordColumn >= 0)
            {
                foreach (var cell in group.Select(r => r[keywordColumn]).OfType<TableCell>().Where(static c => !c.IsEmpty).Distinct())
                {
                    builder.AddKeywords(aspect, cell.Content.Text);
                }
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
        Aspect? aspect = null;
        foreach (var group in GroupByAspectCell(rows))
        {
            if (TryKeywordsRow(table, group[0], aspect, builder))
            {
                continue;
            }

            aspect = ReadAspect(table, group[0], builder);
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
