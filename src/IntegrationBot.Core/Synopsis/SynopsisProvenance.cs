using System.Globalization;

namespace IntegrationBot.Core.Synopsis;

/// <summary>
/// Where a synopsis comes from and as of when: its date („Stand“), editor, organisation and a link to the original
/// document. Every field is optional in every format (docs/synopsis-format.md). When the file names no date, loaders
/// use the file's modification date and set <see cref="DateFromFileModification"/>, so an answer can say so.
/// </summary>
public sealed record SynopsisProvenance(
    string? Editor = null,
    string? Organisation = null,
    DateOnly? Date = null,
    bool DateFromFileModification = false,
    Uri? SourceUrl = null,
    DatePrecision DatePrecision = DatePrecision.Day)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>Nothing is known (a synopsis built in code, or a file without provenance whose date is unknown).</summary>
    public static SynopsisProvenance Unknown { get; } = new();

    /// <summary>True when no field is set.</summary>
    public bool IsUnknown => Editor is null && Organisation is null && Date is null && SourceUrl is null;

    /// <summary>The date as German offices write it, as exactly as the file states it ("12.03.2026", "März 2026", "2026"), or null.</summary>
    public string? DateText => Date?.ToString(
        DatePrecision switch
        {
            DatePrecision.Month => "MMMM yyyy",
            DatePrecision.Year => "yyyy",
            _ => "dd.MM.yyyy",
        },
        German);
}
