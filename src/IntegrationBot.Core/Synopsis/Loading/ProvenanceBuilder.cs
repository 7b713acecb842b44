using System.Globalization;

namespace IntegrationBot.Core.Synopsis.Loading;

/// <summary>
/// Collects the provenance fields of one synopsis (or of several merged files): each field at most once per file
/// (a second, different value is an error naming both places), dates and links validated where they are read.
/// </summary>
internal sealed class ProvenanceBuilder
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private static readonly string[] DateFormats =
    [
        "d.M.yyyy", "dd.MM.yyyy", "yyyy-MM-dd", "d. M. yyyy", "d. MMMM yyyy", "d.MMMM yyyy", "d. MMM yyyy",
        "d.M.yyyy HH:mm", "dd.MM.yyyy HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-dd HH:mm:ss",
    ];

    // „Stand: März 2026“ is how many offices date a compilation; the month is kept as the precision, never a made-up day.
    // Month names, whole or shortened, are read by MonthName.
    private static readonly string[] MonthFormats = ["M/yyyy", "MM/yyyy", "M.yyyy", "MM.yyyy", "yyyy-MM"];

    private static readonly string[] YearFormats = ["yyyy"];

    private readonly Dictionary<MetadataField, (string Value, SourceLocation Location)> _seen = [];
    private string? _editor;
    private string? _organisation;
    private DateOnly? _date;
    private DatePrecision _precision;
    private bool _dateFromFile;
    private Uri? _source;

    /// <summary>Sets a provenance field from the file. Empty values are a blank template line and mean "not given".</summary>
    /// <param name="spreadsheetSerial">The value comes from a spreadsheet cell, where a typed date is stored as a day number.</param>
    public void Set(MetadataField field, string rawValue, SourceLocation location, bool spreadsheetSerial = false)
    {
        var value = SynopsisText.Normalize(rawValue);
        if (value.Length == 0)
        {
            return;
        }

        if (_seen.TryGetValue(field, out var earlier))
        {
            if (string.Equals(earlier.Value, value, StringComparison.Ordinal))
            {
                return;
            }

            throw location.Error($"„{MetadataLabels.LabelOf(field)}“ ist doppelt angegeben: „{value}“ hier und „{earlier.Value}“ in {earlier.Location}. Bitte nur eine Angabe stehen lassen.");
        }

        switch (field)
        {
            case MetadataField.Date:
                (_date, _precision) = ParseDate(value, location, spreadsheetSerial);
                break;
            case MetadataField.Editor:
                _editor = value;
                break;
            case MetadataField.Organisation:
                _organisation = value;
                break;
            case MetadataField.Source:
                _source = ParseLink(value, location);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, "Keine Herkunftsangabe.");
        }

        _seen[field] = (value, location);
    }

    /// <summary>Adds another file's provenance: fields this one lacks are taken; a stated date beats a file date.</summary>
    public void Merge(SynopsisProvenance other)
    {
        _editor ??= other.Editor;
        _organisation ??= other.Organisation;
        _source ??= other.SourceUrl;
        if (other.Date is not { } date)
        {
            return;
        }

        if (_date is null || (_dateFromFile && (!other.DateFromFileModification || date > _date)))
        {
            _date = date;
            _precision = other.DatePrecision;
            _dateFromFile = other.DateFromFileModification;
        }
    }

    /// <summary>The provenance; without a stated date, the modification date of <paramref name="file"/> (when given) stands in.</summary>
    public SynopsisProvenance Build(string? file)
    {
        var date = _date;
        var precision = _precision;
        var fromFile = _dateFromFile;
        if (date is null && file is not null && File.Exists(file))
        {
            date = DateOnly.FromDateTime(File.GetLastWriteTime(file));
            precision = DatePrecision.Day;
            fromFile = true;
        }

        var provenance = new SynopsisProvenance(_editor, _organisation, date, fromFile, _source, precision);
        return provenance.IsUnknown ? SynopsisProvenance.Unknown : provenance;
    }

    private static (DateOnly Date, DatePrecision Precision) ParseDate(string value, SourceLocation location, bool spreadsheetSerial)
    {
        foreach (var (formats, precision) in new[] { (DateFormats, DatePrecision.Day), (MonthFormats, DatePrecision.Month), (YearFormats, DatePrecision.Year) })
        {
            if (DateTime.TryParseExact(value, formats, German, DateTimeStyles.AllowWhiteSpaces, out var exact))
            {
                return (DateOnly.FromDateTime(exact), precision);
            }
        }

        if (MonthName(value) is { } month)
        {
            return (month, DatePrecision.Month);
        }

        // Excel stores a typed date as the number of days since 1899-12-30 and shows it with a date format.
        if (spreadsheetSerial && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466)
        {
            return (DateOnly.FromDateTime(DateTime.FromOADate(serial)), DatePrecision.Day);
        }

        throw location.Error($"„{value}“ ist kein Datum. Bitte den Stand als Datum angeben, z. B. „12.03.2026“ (oder 2026-03-12), „März 2026“ oder „2026“.");
    }

    /// <summary>„März 2026“, „Sept. 2026“, „Okt 2026“: a German month name or any start of it of at least three letters, with or without a dot.</summary>
    private static DateOnly? MonthName(string value)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2999)
        {
            return null;
        }

        var name = parts[0].TrimEnd('.');
        if (name.Length < 3)
        {
            return null;
        }

        var index = Array.FindIndex(German.DateTimeFormat.MonthNames, m => m.Length > 0 && m.StartsWith(name, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : new DateOnly(year, index + 1, 1);
    }

    private static Uri ParseLink(string value, SourceLocation location)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        throw location.Error($"„{value}“ ist kein vollständiger Link. Bei „Quelle“ bitte die Adresse des Originaldokuments angeben (https://…); den Namen einer Stelle unter „Organisation“ oder „Bearbeitung“.");
    }
}
