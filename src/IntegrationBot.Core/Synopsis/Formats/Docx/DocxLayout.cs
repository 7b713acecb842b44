using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace IntegrationBot.Core.Synopsis.Formats.Docx;

/// <summary>
/// The Word layout that the synopsis file and the card export share, so both look alike when an office opens them:
/// A4 landscape pages (synopses are wide), full-width tables with single borders whose header row repeats on every
/// page, bold header cells, a large bold title, and runs that keep their spaces.
/// </summary>
internal static class DocxLayout
{
    /// <summary>A full-width table with single borders and <paramref name="columns"/> equal grid columns.</summary>
    public static W.Table BorderedTable(int columns) =>
        new(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(Enumerable.Range(0, columns).Select(static _ => new GridColumn())));

    /// <summary>The table's header row, which Word repeats at the top of every page the table spans.</summary>
    public static W.TableRow HeaderRow(IEnumerable<W.TableCell> cells) =>
        new([new TableRowProperties(new TableHeader()), .. cells]);

    /// <summary>A cell holding one bold paragraph: column headings and the aspect of a row.</summary>
    public static W.TableCell BoldCell(string text) =>
        new(new W.Paragraph(TextRun(text, new RunProperties(new Bold()))));

    /// <summary>The document's title run (bold, 16 pt).</summary>
    public static W.Run TitleRun(string text) =>
        TextRun(text, new RunProperties(new Bold(), new FontSize { Val = "32" }));

    /// <summary>A run of text that keeps leading, trailing and repeated spaces as written.</summary>
    public static W.Run TextRun(string text, RunProperties? properties = null)
    {
        var run = new W.Run();
        if (properties is not null)
        {
            run.Append(properties);
        }

        run.Append(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A4 landscape with 1000-twip (about 1.8 cm) margins.</summary>
    public static SectionProperties LandscapePage() =>
        new(
            new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1000, Right = 1000U, Bottom = 1000, Left = 1000U });
}
