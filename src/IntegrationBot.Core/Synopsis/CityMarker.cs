using System.Text.RegularExpressions;

namespace IntegrationBot.Core.Synopsis;

/// <summary>
/// A city label as the synopsis writes it: "Bielefeld:" in a cell, or "München z.B." in a header.
/// "z.B." (also "z. B.", "(z.B.)") marks an entry that lists examples only; it is not part of the city's name.
/// </summary>
internal readonly partial record struct CityMarker(string Name, bool ExamplesOnly)
{
    /// <summary>True for a cell marker: underlined text that ends with a colon.</summary>
    public static bool IsMarkerText(string normalizedText) =>
        normalizedText.Length > 1 && normalizedText.EndsWith(':');

    /// <summary>Parses "München z.B.:", "München z.B." or "München" into the canonical name and the examples flag.</summary>
    public static CityMarker Parse(string text)
    {
        var label = SynopsisText.Normalize(text).TrimEnd(':').TrimEnd();
        var match = ExamplesSuffix().Match(label);
        if (match.Success)
        {
            return new CityMarker(label[..match.Index].TrimEnd().TrimEnd(','), true);
        }

        return new CityMarker(label, false);
    }

    /// <summary>Recognises a leading "z.B.:" in a cell whose city comes from a header, e.g. "z. B.: Beratung, Kurse".</summary>
    public static bool TryStripExamplesPrefix(string text, out string rest)
    {
        var match = ExamplesPrefix().Match(text);
        rest = match.Success ? text[match.Length..].TrimStart() : text;
        return match.Success;
    }

    [GeneratedRegex(@"[\s,]*\(?\s*z\.\s?B\.?\s*\)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExamplesSuffix();

    [GeneratedRegex(@"^\(?\s*z\.\s?B\.?\s*\)?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExamplesPrefix();
}
