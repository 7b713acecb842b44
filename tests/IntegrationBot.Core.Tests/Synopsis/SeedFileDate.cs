using System.Runtime.CompilerServices;

namespace IntegrationBot.Core.Tests.Synopsis;

/// <summary>
/// The seed states no date, so every answer's footer reads „Stand: Datei vom &lt;file's date&gt;“, and the copy next to
/// the test assembly has the date of the checkout or build. Tests that compare answers with committed files (card
/// samples) would then fail on any later day; the copy gets one fixed date before any test reads it.
/// </summary>
internal static class SeedFileDate
{
    public static readonly DateTime Fixed = new(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc);

    [ModuleInitializer]
    internal static void Pin()
    {
        if (File.Exists(SeedData.Path))
        {
            File.SetLastWriteTimeUtc(SeedData.Path, Fixed);
        }
    }
}
