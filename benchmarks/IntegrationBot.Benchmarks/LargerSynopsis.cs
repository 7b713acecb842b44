using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Tsv;
using IntegrationBot.Core.Synopsis.Loading;
using IntegrationBot.TestSupport;

namespace IntegrationBot.Benchmarks;

/// <summary>
/// The shipped synopsis grown N-fold: its own cities, aspects and entries (so the seed questions still work) plus
/// <see cref="SyntheticSynopsis"/> cities and aspects until it holds about N times the seed's entries.
/// </summary>
internal static class LargerSynopsis
{
    private const int SyntheticAspects = 24;
    private const double SyntheticFill = 0.85;

    public static SynopsisDocument Seed() => new SynopsisSourceLoader().LoadFile(Path.Combine(BenchmarkData.Directory, "synopsis.tsv")).Document;

    public static SynopsisDocument Build(SynopsisDocument seed, int scale)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (scale <= 1)
        {
            return seed;
        }

        var missing = (seed.Entries.Count * scale) - seed.Entries.Count;
        var cities = (int)Math.Ceiling(missing / (SyntheticAspects * SyntheticFill));
        var synthetic = SyntheticSynopsis.Generate(cities, SyntheticAspects, seed: 20261126);

        var aspects = seed.Aspects.ToDictionary(a => a.Title, StringComparer.Ordinal);
        foreach (var aspect in synthetic.Aspects.Where(a => !aspects.ContainsKey(a.Title)))
        {
            aspects[aspect.Title] = new Aspect(aspect.Title, aspects.Count);
        }

        var seedCities = seed.Cities.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var entries = seed.Entries
            .Concat(synthetic.Entries
                .Where(e => !seedCities.Contains(e.City.Name))
                .Select(e => e with { Aspect = aspects[e.Aspect.Title] }))
            .ToList();
        return new SynopsisDocument(
            seed.Title,
            [.. aspects.Values.OrderBy(a => a.Order)],
            [.. seed.Cities, .. synthetic.Cities.Where(c => !seedCities.Contains(c.Name))],
            entries);
    }

    /// <summary>Writes the N-fold synopsis as .tsv (the shipped format) and returns its entry count.</summary>
    public static int Write(string path, int scale)
    {
        var document = Build(Seed(), scale);
        new TsvSynopsisWriter().Write(document, path);
        return document.Entries.Count;
    }
}
