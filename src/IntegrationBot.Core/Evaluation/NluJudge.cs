using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Evaluation;

/// <summary>
/// The judging rules of the evaluation sets (docs/understanding.md, "Evaluation-set format"): intent must match; a Query also needs the same cities,
/// aspects (or one of altAspects) and unknown cities (compared case-insensitively as sets); a Search is right when the
/// expected hit cities are among the top three distinct result cities, or when it was read as a Query on one of the
/// altAspects (cities none or exactly the hits).
/// </summary>
public static class NluJudge
{
    public static (bool Correct, string Reason) Judge(NluCase expected, RecognitionResult actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var intent = actual.Intent.ToString();
        var cities = Norm(actual.Cities.Select(static c => c.Name));
        var aspects = Norm(actual.Aspects.Select(static a => a.Title));
        if (expected.Intent == nameof(Intent.Search))
        {
            var top = actual.Results.Select(static r => r.City.Name).Distinct().Take(3);
            var topNorm = Norm(top);
            var hits = Norm(expected.Hits);
            if (intent == expected.Intent && hits.All(topNorm.Contains))
            {
                return (true, string.Empty);
            }

            foreach (var alt in expected.AltAspects)
            {
                if (intent == nameof(Intent.Query) && aspects.SequenceEqual(Norm(alt)) && (cities.Count == 0 || cities.SequenceEqual(hits)))
                {
                    return (true, string.Empty);
                }
            }

            return (false, $"intent={intent} topcities=[{string.Join(", ", topNorm)}]");
        }

        if (intent != expected.Intent)
        {
            return (false, $"intent={intent}");
        }

        if (expected.Intent != nameof(Intent.Query))
        {
            return (true, string.Empty);
        }

        var okCities = cities.SequenceEqual(Norm(expected.Cities));
        var okAspects = aspects.SequenceEqual(Norm(expected.Aspects)) || expected.AltAspects.Any(a => aspects.SequenceEqual(Norm(a)));
        var okUnknown = Norm(actual.UnknownCities).SequenceEqual(Norm(expected.UnknownCities));
        return okCities && okAspects && okUnknown
            ? (true, string.Empty)
            : (false, $"cities=[{string.Join(", ", actual.Cities)}] aspects=[{string.Join(", ", actual.Aspects)}] unknown=[{string.Join(", ", actual.UnknownCities)}]");
    }

    private static List<string> Norm(IEnumerable<string> values) =>
        values.Select(static v => v.ToUpperInvariant().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
