using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

/// <summary>A synopsis of a few aspects with one cell each for Kiel and Ulm, to show one mechanism in isolation.</summary>
internal static class KielUlmSynopsis
{
    public static readonly City Kiel = new("Kiel");
    public static readonly City Ulm = new("Ulm");

    public static SynopsisDocument Of(Aspect first, string firstKiel, string firstUlm, Aspect second, string secondKiel, string secondUlm) =>
        Of((first, firstKiel, firstUlm), (second, secondKiel, secondUlm));

    public static SynopsisDocument Of(params (Aspect Aspect, string Kiel, string Ulm)[] rows) =>
        new(
            "Test",
            [.. rows.Select(static r => r.Aspect)],
            [Kiel, Ulm],
            [.. rows.SelectMany(static r => new[] { TestEntry.Cell(r.Aspect, Kiel, r.Kiel), TestEntry.Cell(r.Aspect, Ulm, r.Ulm) })]);

    /// <summary>A recognizer with the shipped lexicon over two aspects of Kiel and Ulm.</summary>
    public static Recognizer Recognizer(Aspect first, string firstKiel, string firstUlm, Aspect second, string secondKiel, string secondUlm) =>
        new(Of(first, firstKiel, firstUlm, second, secondKiel, secondUlm), Seed.Lexicon);

    /// <summary>The same, with the aspects made from their titles in the order given.</summary>
    public static SynopsisDocument Titled(params (string Title, string Kiel, string Ulm)[] rows) =>
        Of([.. rows.Select(static (r, i) => (new Aspect(r.Title, i), r.Kiel, r.Ulm))]);
}
