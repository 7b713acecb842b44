using IntegrationBot.Core.Export;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Data;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Export;

/// <summary>
/// GET /api/export/{xlsx|docx}?k=…&amp;c=…&amp;a=…&amp;s=…: rebuilds the card's table from the link alone and the
/// current synopsis. Refuses with 4xx and a German reason: export off (404), unknown format (404), malformed query
/// (400), wrong signature (403), expired (410), names the synopsis no longer has (404).
/// </summary>
public static class ExportEndpoint
{
    public static IEndpointConventionBuilder MapExport(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet($"{ExportQuery.Path}/{{format}}", Handle);
    }

    private static IResult Handle(string format, HttpRequest request, IOptions<ExportOptions> options, ExportLinkSigner signer, ISynopsisProvider synopsis, TimeProvider time)
    {
        if (!options.Value.Enabled)
        {
            return Results.Text("Der Export ist abgeschaltet.", statusCode: StatusCodes.Status404NotFound);
        }

        if (ExportQuery.ParseFormat(format) is not { } fileFormat)
        {
            return Results.Text("Unbekanntes Format; möglich sind xlsx und docx.", statusCode: StatusCodes.Status404NotFound);
        }

        var (parsed, expires, error) = ExportQuery.Parse(request.Query);
        if (parsed is null)
        {
            return Results.Text(error!, statusCode: StatusCodes.Status400BadRequest);
        }

        if (!signer.IsValid(parsed, fileFormat, expires, request.Query["s"].ToString()))
        {
            return Results.Text("Der Link ist ungültig. Bitte fordern Sie die Antwort im Chat neu an.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (time.GetUtcNow().ToUnixTimeSeconds() > expires)
        {
            return Results.Text("Der Link ist abgelaufen. Bitte fordern Sie die Antwort im Chat neu an.", statusCode: StatusCodes.Status410Gone);
        }

        ExportTable table;
        try
        {
            table = ExportTableBuilder.Build(parsed, new InMemorySynopsisRepository(synopsis.Current));
        }
        catch (ExportRequestException)
        {
            return Results.Text("Die Synopse enthält diese Angaben nicht mehr. Bitte fordern Sie die Antwort im Chat neu an.", statusCode: StatusCodes.Status404NotFound);
        }

        var file = new MemoryStream();
        if (fileFormat == ExportFormat.Xlsx)
        {
            XlsxExportWriter.Write(table, file);
        }
        else
        {
            DocxExportWriter.Write(table, file);
        }

        file.Position = 0;
        var contentType = fileFormat == ExportFormat.Xlsx ? XlsxExportWriter.ContentType : DocxExportWriter.ContentType;
        return Results.File(file, contentType, ExportQuery.FileName(table, fileFormat));
    }
}
