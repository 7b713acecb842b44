using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding.Aspects;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Model;

/// <summary>
/// A typo inside a compound the synopsis never writes whole ("Quatiersarbeit") is read by its known head and its
/// corrected modifier; correctly written compounds the data does not hold ("Wintersport") stay as typed.
/// </summary>
public sealed class CompoundTypoTests
{
    private static readonly Aspect Neighbourhood = new("Quartiersbezogene Integrationsarbeit", 0);
    private static readonly Aspect Discrimination = new("Antidiskriminierungsarbeit", 1);
    private static readonly Aspect Sport = new("Sport und Bewegung", 2);

    private static readonly Recognizer Recognizer = new(
        KielUlmSynopsis.Of(
            (Neighbourhood, "Quartiersmanagement in Gaarden, Quartiersbüro mit Sprechstunden.", "Quartierskoordinatorin im Weststadt-Quartier, Nachbarschaftsarbeit."),
            (Discrimination, "Antidiskriminierungsstelle mit Beratung und Arbeit in Schulen.", "Beschwerdestelle, Arbeit mit Betroffenen von Rassismus."),
            (Sport, "Sportvereine öffnen sich, Schwimmkurse für Frauen.", "Bewegungsangebote im Park, Fußball für Geflüchtete.")),
        Seed.Lexicon);

    private static RecognitionResult Recognize(string text) => Recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);

    [Theory]
    [InlineData("Wie läuft die Quatiersarbeit in Kiel?", "Quartiersbezogene Integrationsarbeit")]
    [InlineData("Quartirsarbeit Ulm", "Quartiersbezogene Integrationsarbeit")]
    [InlineData("Gibt es in Kiel Wintersport für Geflüchtete?", "Sport und Bewegung")]
    [InlineData("Vereinssport in Ulm", "Sport und Bewegung")]
    public void A_typo_inside_an_unknown_compound_is_read_by_its_corrected_part_and_a_correct_compound_stays(string text, string aspect)
    {
        var result = Recognize(text);

        Assert.Equal((Intent.Query, aspect), (result.Intent, Assert.Single(result.Aspects).Title));
    }
}
