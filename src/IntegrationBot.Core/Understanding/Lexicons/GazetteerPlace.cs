namespace IntegrationBot.Core.Understanding.Lexicons;

/// <summary>
/// A place from the gazetteer (data/lexicon/cities.tsv). <see cref="Ambiguous"/> places are also ordinary words
/// ("Essen", "Halle") and need a preposition or capitalisation to count; <see cref="Region"/> rows are states and
/// countries, recognised only so that they are not mistaken for something else.
/// </summary>
public sealed record GazetteerPlace(
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Demonyms,
    bool Ambiguous,
    bool Region)
{
    /// <summary>From the general list of German towns (places-de.tsv): a bare name, without derived demonyms or typo matching.</summary>
    public bool General { get; init; }
}
