using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

/// <summary>A synopsis of three aspects nobody wrote a lexicon line for, to show what the data alone teaches.</summary>
internal static class SmallSynopsis
{
    public static readonly Aspect Welcome = new("Willkommenskultur", 0);
    public static readonly Aspect Housing = new("Wohnen und Unterbringung", 1, ["Wohnraum"]);
    public static readonly Aspect Boards = new("Gremien und Beiräte", 2);

    public static SynopsisDocument Document { get; } = Build();

    private static SynopsisDocument Build()
    {
        City kiel = new("Kiel"), ulm = new("Ulm");
        return new SynopsisDocument(
            "Test",
            [Welcome, Housing, Boards],
            [kiel, ulm],
            [
                TestEntry.Cell(Welcome, kiel, "Begrüßung neu zugezogener Menschen im Welcome Center, Integration als Aufgabe."),
                TestEntry.Cell(Welcome, ulm, "Eine Anlaufstelle für Neuzugewanderte. Integration."),
                TestEntry.Cell(Housing, kiel, "Dezentrale Unterbringung Geflüchteter in Wohnungen. Integration."),
                TestEntry.Cell(Housing, ulm, "Auszug aus Gemeinschaftsunterkünften, KOMM-AN Projekt."),
                TestEntry.Cell(Boards, kiel, "Der Ausländerbeirat berät den Rat. Integration."),
                TestEntry.Cell(Boards, ulm, "Integrationsrat mit gewählten Mitgliedern."),
            ]);
    }
}
