using IntegrationBot.Core.Search;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Understanding;

/// <summary>
/// The understanding of one message, after conversation context is applied. Serialised as the
/// "IntegrationBot.Recognition" trace (docs/understanding.md); names match that contract.
/// </summary>
public sealed record RecognitionResult
{
    public required Intent Intent { get; init; }

    /// <summary>Calibrated confidence in [0, 1].</summary>
    public double Score { get; init; }

    public IReadOnlyList<City> Cities { get; init; } = [];

    public IReadOnlyList<Aspect> Aspects { get; init; } = [];

    /// <summary>Places asked about that the synopsis does not cover (canonical German name).</summary>
    public IReadOnlyList<string> UnknownCities { get; init; } = [];

    /// <summary>For Search: the content terms searched (the asked words plus their German equivalents).</summary>
    public IReadOnlyList<string> SearchTerms { get; init; } = [];

    /// <summary>For Search: the user's content words as typed, so an answer can name the search in the user's words.</summary>
    public IReadOnlyList<string> AskedWords { get; init; } = [];

    /// <summary>For Search: ranked hits, best first.</summary>
    public IReadOnlyList<SearchHit> Results { get; init; } = [];

    /// <summary>Slots filled from the conversation rather than from this message: "cities", "aspects".</summary>
    public IReadOnlyList<string> FromContext { get; init; } = [];

    /// <summary>When the recognizer is unsure: the top readings as full questions, best first ("Meinten Sie …?").</summary>
    public IReadOnlyList<Alternative> Alternatives { get; init; } = [];

    /// <summary>For Coverage: which coverage question (trace field "coverage").</summary>
    public CoverageQuestion? Coverage { get; init; }

    /// <summary>For Define: the term asked about, as in the glossary when it has it (trace field "term").</summary>
    public string? Term { get; init; }

    /// <summary>
    /// The named rule that decided, with the kind of reading ("query/named", "search.hits/hits", "about.stand"): what the
    /// score is calibrated for (trace field "rule").
    /// </summary>
    public string? Rule { get; init; }

    /// <summary>The (normalised, bounded) text that was recognised.</summary>
    public string Text { get; init; } = string.Empty;

    public static RecognitionResult NoneFor(string text) => new() { Intent = Intent.None, Text = text };
}
