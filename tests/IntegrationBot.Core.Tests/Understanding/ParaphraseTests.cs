using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding;

/// <summary>Paraphrases and topic boundaries found by the blind sets (blind3, blind4): general lexicon and matching rules.</summary>
public sealed class ParaphraseTests
{
    private const string Anbindung = "Orga - Anbindung";
    private const string Praeambel = "Präambel zur Integrationspolitik";
    private const string Aufgaben = "Aufgaben und Arbeitsweise der zuständigen Dienststelle";

    [Theory]
    [InlineData("Angliederung der Integration Frankfurt", "Frankfurt", Anbindung)]
    [InlineData("Unterstellung der Integrationsarbeit in Münster", "Münster", Anbindung)]
    [InlineData("Who is integration reporting to in Bielefeld?", "Bielefeld", Anbindung)]
    [InlineData("Integrationsverständnis der Stadt Stuttgart", "Stuttgart", Praeambel)]
    [InlineData("Wie versteht München Integration?", "München", Praeambel)]
    [InlineData("How does Stuttgart understand integration?", "Stuttgart", Praeambel)]
    [InlineData("Welcher Stelle ist Integration in Frankfurt zugeteilt?", "Frankfurt", Anbindung)]
    [InlineData("Welches Menschenbild hat die Münchner Verwaltung?", "München", Praeambel)]
    [InlineData("Mich interessiert die organisatorische Einbindung der Integration in Frankfurt", "Frankfurt", Anbindung)]
    [InlineData("In what department is integration in Münster?", "Münster", Anbindung)]
    [InlineData("Durch wen wird die Integrationsarbeit in Stuttgart gesteuert?", "Stuttgart", Anbindung)]
    [InlineData("Wie ist die Integrationsverwaltung in Stuttgart zugeschnitten?", "Stuttgart", "Orga-Struktur")]
    [InlineData("Welches Selbstbild hat die Verwaltung in München?", "München", Praeambel)]
    [InlineData("Wie positioniert sich Stuttgart zur Integration?", "Stuttgart", Praeambel)]
    [InlineData("Welcher Bereich der Verwaltung verantwortet Integration in Frankfurt?", "Frankfurt", Anbindung)]
    [InlineData("In welcher Organisationseinheit ist Integration in Stuttgart verortet?", "Stuttgart", Anbindung)]
    [InlineData("Welche Organisationseinheiten gibt es in Bielefeld für Integration?", "Bielefeld", "Orga-Struktur")]
    [InlineData("Welche Teilbereiche umfasst die Integration in Bielefeld?", "Bielefeld", "Orga-Struktur")]
    [InlineData("Wie ist die Integrationsarbeit in Frankfurt untergliedert?", "Frankfurt", "Orga-Struktur")]
    [InlineData("Welche Rolle spielt das AmkA?", "Frankfurt", Aufgaben)]
    [InlineData("Welche Rolle spielt die Integrationsstelle in Münster?", "Münster", Aufgaben)]
    [InlineData("Welche Behörde ist in München für Integration zuständig?", "München", Anbindung)]
    [InlineData("Welche Senatsverwaltung ist in Frankfurt für Integration zuständig?", "Frankfurt", Anbindung)]
    [InlineData("Aus welchen Sachgebieten besteht die Integrationsabteilung in Münster?", "Münster", "Orga-Struktur")]
    [InlineData("Wie ist die Stabsstelle in Stuttgart personell aufgestellt?", "Stuttgart", "Orga-Struktur")]
    [InlineData("Wie arbeitet die Stabsstelle in Stuttgart?", "Stuttgart", Aufgaben)]
    [InlineData("Was ist das Leitmotiv von Stuttgart?", "Stuttgart", Praeambel)]
    [InlineData("Was ist die Kernbotschaft von Bielefeld?", "Bielefeld", Praeambel)]
    public void Recognizes_aspect_paraphrases(string text, string city, string aspect)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([city], result.Cities.Select(static c => c.Name));
        Assert.Equal([aspect], result.Aspects.Select(static a => a.Title));
    }

    [Theory]
    [InlineData("Anbindung der Integrationsstelle in Bielefeld", Anbindung)]
    [InlineData("Wo ist das Integrationsbüro in Stuttgart angebunden?", Anbindung)]
    [InlineData("Präambel des Integrationsamts Frankfurt", Praeambel)]
    [InlineData("Integrationsstelle Münster", Aufgaben)]
    public void Office_nouns_hint_at_the_tasks_but_do_not_override_a_named_aspect(string text, string aspect)
    {
        Assert.Equal([aspect], Seed.Recognize(text).Aspects.Select(static a => a.Title));
    }

    [Theory]
    [InlineData("Was haben Bielefeld und Frankfurt gemeinsam?", "Bielefeld", "Frankfurt")]
    [InlineData("Was verbindet München und Stuttgart?", "München", "Stuttgart")]
    public void Common_ground_questions_compare_whole_profiles(string text, string first, string second)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([first, second], result.Cities.Select(static c => c.Name).Order());
        Assert.Empty(result.Aspects);
    }

    [Theory]
    [InlineData("Wann spielt der VfB Stuttgart?")]
    [InlineData("Hat der TSV in München gestern gewonnen?")]
    [InlineData("Wie hat der BVB gegen Bielefeld abgeschnitten?")]
    [InlineData("Wer wird Deutscher Meister?")]
    [InlineData("Wer leitet das AmkA?")]
    [InlineData("Was ist los in Münster am Wochenende?")]
    [InlineData("Welche Schwimmbäder gibt es in Münster?")]
    [InlineData("Wann hat das Bürgeramt in Bielefeld geöffnet?")]
    [InlineData("Ist das Rathaus Frankfurt heute geöffnet?")]
    [InlineData("Hat das Bürgeramt in Münster am Samstag geöffnet?")]
    [InlineData("Hat das Bürgeramt in Münster samstags offen?")]
    [InlineData("Ist die Ausländerbehörde in Bielefeld sonntags offen?")]
    [InlineData("Wer ist Bürgermeister von Bielefeld?")]
    public void Topics_outside_the_synopsis_are_none_even_with_a_city(string text)
    {
        Assert.Equal(Intent.None, Seed.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("Welchem Bürgermeister ist die Integration in Bielefeld zugeordnet?", "Bielefeld")]
    [InlineData("Ist Integration in Stuttgart beim Oberbürgermeister angebunden?", "Stuttgart")]
    public void A_mayor_named_as_the_place_of_anchoring_is_an_aspect_question(string text, string city)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([city], result.Cities.Select(static c => c.Name));
        Assert.Equal([Anbindung], result.Aspects.Select(static a => a.Title));
    }

    [Theory]
    [InlineData("Wo wird die Verwaltung interkulturell geöffnet?", "München")]
    [InlineData("Welche Stadt hat sich interkulturell geöffnet?", "München")]
    public void Opening_in_the_intercultural_sense_is_searched_not_taken_for_opening_hours(string text, string city)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Search, result.Intent);
        Assert.Contains(city, result.Results.Take(3).Select(static h => h.City.Name));
    }

    [Theory]
    [InlineData("Zeig mir die Liste der Kommunen")]
    [InlineData("Liste aller erfassten Städte")]
    [InlineData("Kommunen anzeigen")]
    public void Asking_for_a_list_of_municipalities_lists_the_cities(string text)
    {
        Assert.Equal(Intent.ListCities, Seed.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("Welche Vergleichspunkte gibt es?")]
    [InlineData("Nach welchen Kriterien wird verglichen?")]
    [InlineData("Welche Themenfelder gibt es?")]
    public void Asking_for_the_points_of_comparison_lists_the_aspects(string text)
    {
        Assert.Equal(Intent.ListAspects, Seed.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("Welche Einheiten gehören zur Integrationsstruktur der Stadt Bielefeld?", "Orga-Struktur")]
    [InlineData("Zu welchem Bereich gehören die Integrationsaufgaben in Münster?", Anbindung)]
    [InlineData("Wozu gehört die Integration in Stuttgart?", Anbindung)]
    [InlineData("Zu welchem Amt gehört die Integration in Münster?", Anbindung)]
    [InlineData("Was gehört zu den Aufgaben der Dienststelle in Münster?", Aufgaben)]
    public void Belonging_verbs_point_at_the_anchoring_only_when_nothing_more_specific_is_named(string text, string aspect)
    {
        Assert.Equal([aspect], Seed.Recognize(text).Aspects.Select(static a => a.Title));
    }
}
