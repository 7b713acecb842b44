namespace IntegrationBot.Data;

/// <summary>The state of the synopsis in service: when it was loaded, and the reason the latest edit was refused, if it was.</summary>
/// <param name="RefusedEditError">Null when the file on disk is what is in service.</param>
public sealed record SynopsisLoadStatus(DateTimeOffset LoadedAt, int AspectCount, int CityCount, string? RefusedEditError, DateTimeOffset? RefusedAt)
{
    /// <summary>
    /// Why a loadable edit is held back as suspicious (it lost more aspects or cities than allowed), until it is confirmed
    /// with the confirmation file or corrected; null when nothing is held.
    /// </summary>
    public string? HeldEditReason { get; init; }

    public DateTimeOffset? HeldAt { get; init; }
}
