using IntegrationBot.Core.Synopsis.Formats.Csv;
using IntegrationBot.Core.Synopsis.Formats.Docx;
using IntegrationBot.Core.Synopsis.Formats.Tsv;
using IntegrationBot.Core.Synopsis.Formats.Xlsx;

namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>The supported synopsis formats, in one place so loading and conversion offer the same list.</summary>
public static class SynopsisFormats
{
    public static IReadOnlyList<ISynopsisLoader> Loaders() =>
        [new TsvSynopsisParser(), new DocxSynopsisLoader(), new XlsxSynopsisLoader(), new CsvSynopsisLoader()];

    public static IReadOnlyList<ISynopsisWriter> Writers() =>
        [new TsvSynopsisWriter(), new DocxSynopsisWriter(), new XlsxSynopsisWriter(), new CsvSynopsisWriter()];

    /// <summary>The writer for a file name's extension; null when the format cannot be written.</summary>
    public static ISynopsisWriter? WriterFor(string path) =>
        Writers().FirstOrDefault(w => w.Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase));
}
