namespace IntegrationBot.Core.Synopsis;

/// <summary>Where a synopsis comes from and as of when („Stand“): read from the file, or its modification date.</summary>
/// <param name="DateFromFileModification">The file named no date; <paramref name="Date"/> is the file's modification date.</param>
public sealed record SynopsisProvenance(string? Editor, string? Organisation, DateOnly? Date, bool DateFromFileModification, Uri? SourceUrl)
{
    public static SynopsisProvenance Unknown { get; } = new(null, null, null, false, null);
}
