using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

/// <summary>A synopsis of two aspects with one cell each for Kiel and Ulm, to show one mechanism in isolation.</summary>
internal static class TwoAspectSynopsis
{
    public static readonly City Kiel = new("Kiel");
    public static readonly City Ulm = new("Ulm");

    public static SynopsisDocument Of(Aspect first, string firstKiel, string firstUlm, Aspect second, string secondKiel, string secondUlm) =>
        new(
            "Test",
            [first, second],
            [Kiel, Ulm],
            [
                TestEntry.Cell(first, Kiel, firstKiel),
                TestEntry.Cell(first, Ulm, firstUlm),
                TestEntry.Cell(second, Kiel, secondKiel),
                TestEntry.Cell(second, Ulm, secondUlm),
            ]);
}
