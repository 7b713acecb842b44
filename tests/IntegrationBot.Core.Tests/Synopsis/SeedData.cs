using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Tsv;

namespace IntegrationBot.Core.Tests.Synopsis;

/// <summary>The real data/synopsis.tsv, copied next to the test assembly by the test project.</summary>
internal static class SeedData
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "data", "synopsis.tsv");

    private static readonly Lazy<SynopsisDocument> Lazy = new(() => new TsvSynopsisParser().Load(Path).Document);

    public static SynopsisDocument Document => Lazy.Value;

    public static Entry? Entry(string city, string aspect) =>
        Document.Entries.SingleOrDefault(e => e.City.Name == city && e.Aspect.Title == aspect);
}
