using IntegrationBot.Core.Cards;

namespace IntegrationBot.Core.Export;

/// <summary>The footer downloads of a card: Excel and Word, when the host offers export.</summary>
public static class ExportDownloads
{
    public const string ExcelTitle = "Als Excel herunterladen";
    public const string WordTitle = "Als Word herunterladen";

    public static IEnumerable<CardDownload> For(IExportLinks? links, ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (links is null)
        {
            yield break;
        }

        if (links.For(request, ExportFormat.Xlsx) is { } excel)
        {
            yield return new CardDownload(ExcelTitle, excel);
        }

        if (links.For(request, ExportFormat.Docx) is { } word)
        {
            yield return new CardDownload(WordTitle, word);
        }
    }
}
