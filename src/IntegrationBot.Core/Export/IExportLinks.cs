namespace IntegrationBot.Core.Export;

/// <summary>
/// Makes the download links of a card. The host implements it (base URL, signature); without an implementation, or
/// with export switched off, cards simply offer no download.
/// </summary>
public interface IExportLinks
{
    /// <summary>The absolute link to download <paramref name="request"/> as <paramref name="format"/>; null when export is off.</summary>
    Uri? For(ExportRequest request, ExportFormat format);
}
