using System.Text;
using IntegrationBot.Core.Export;
using Microsoft.AspNetCore.WebUtilities;

namespace IntegrationBot.Export;

/// <summary>
/// The query string of an export link: <c>k</c> (kind), <c>c</c> (city, repeated), <c>a</c> (aspect, repeated) and
/// <c>e</c> (expiry, Unix seconds) and <c>s</c> (signature). Nothing else: no user, conversation or question text ever goes into a link.
/// </summary>
public static class ExportQuery
{
    public const string Path = "/api/export";
    public const int MaxNames = 100;
    public const int MaxNameLength = 300;

    public static string PathAndQuery(ExportRequest request, ExportFormat format, long expires, string signature)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new List<KeyValuePair<string, string?>> { new("k", request.Kind.ToString()) };
        query.AddRange(request.Cities.Select(static c => new KeyValuePair<string, string?>("c", c)));
        query.AddRange(request.Aspects.Select(static a => new KeyValuePair<string, string?>("a", a)));
        query.Add(new("e", expires.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        query.Add(new("s", signature));
        return QueryHelpers.AddQueryString($"{Path}/{FormatSegment(format)}", query);
    }

    public static string FormatSegment(ExportFormat format) => format.ToString().ToLowerInvariant();

    public static ExportFormat? ParseFormat(string? segment) => segment?.ToLowerInvariant() switch
    {
        "xlsx" => ExportFormat.Xlsx,
        "docx" => ExportFormat.Docx,
        _ => null,
    };

    /// <summary>The request in the query, or the reason it is malformed.</summary>
    public static (ExportRequest? Request, long Expires, string? Error) Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Keys.Any(static k => k is not ("k" or "c" or "a" or "e" or "s")))
        {
            return (null, 0, "Unbekannter Parameter im Link.");
        }

        if (query["k"].Count != 1 || !Enum.TryParse<ExportKind>(query["k"].ToString(), ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            return (null, 0, "Der Link nennt keine gültige Art (k).");
        }

        var cities = query["c"].Select(static v => v ?? string.Empty).ToList();
        var aspects = query["a"].Select(static v => v ?? string.Empty).ToList();
        if (cities.Count + aspects.Count > MaxNames || cities.Concat(aspects).Any(static n => n.Length is 0 or > MaxNameLength))
        {
            return (null, 0, "Der Link nennt zu viele oder ungültige Namen.");
        }

        if (query["e"].Count != 1 || !long.TryParse(query["e"].ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var expires))
        {
            return (null, 0, "Der Link nennt kein gültiges Ablaufdatum (e).");
        }

        return (new ExportRequest(kind, cities, aspects), expires, null);
    }

    /// <summary>An ASCII file name for Content-Disposition: „Vergleich-Stuttgart-Bielefeld.xlsx“.</summary>
    public static string FileName(ExportTable table, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(table);
        var name = new StringBuilder();
        foreach (var c in table.Title.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(c);
            }
            else if (c is ' ' or '-' or ':' or ',' && name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var stem = name.ToString().Trim('-');
        stem = stem.Length == 0 ? "Synopse" : stem[..Math.Min(stem.Length, 80)].TrimEnd('-');
        return $"{stem}.{FormatSegment(format)}";
    }
}
