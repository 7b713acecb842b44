using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding;

/// <summary>Persons vs aspects, search questions for words the synopsis lacks, verbs kept out of search terms (nlu4).</summary>
public sealed class ScopeAndSearchShapeTests
{
    private const string Anbindung = "Orga - Anbindung";
    private const string Aufgaben = "Aufgaben und Arbeitsweise der zuständigen Dienststelle";

    [Theory]
    [InlineData("Wie definiert Stuttgart Integration?", "Stuttgart", "Präambel zur Integrationspolitik")]
    [InlineData("How does Münster define integration?", "Münster", "Präambel zur Integrationspolitik")]
    public void Definitions_of_integration_ask_for_the_preamble(string text, string city, string aspect)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([city], result.Cities.Select(static c => c.Name));
        Assert.Equal([aspect], result.Aspects.Select(static a => a.Title));
    }

    [Theory]
    [InlineData("Welche Aufgaben hat die Integrationsbeauftragte in Stuttgart?", "Stuttgart", Aufgaben)]
    [InlineData("Welchem Dezernenten ist die Integration in Münster unterstellt?", "Münster", Anbindung)]
    [InlineData("Wo ist die Integrationsbeauftragte in Frankfurt angebunden?", "Frankfurt", Anbindung)]
    public void Person_words_do_not_make_an_aspect_question_out_of_scope(string text, string city, string aspect)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([city], result.Cities.Select(static c => c.Name));
        Assert.Equal([aspect], result.Aspects.Select(static a => a.Title));
    }

    [Theory]
    [InlineData("Wer ist Oberbürgermeister von Stuttgart?")]
    [InlineData("Wie heißt der Bürgermeister?")]
    [InlineData("Wer ist Sozialdezernent in Bielefeld?")]
    [InlineData("Wie heißt die Integrationsdezernentin in Frankfurt?")]
    [InlineData("Wer ist die Leiterin der Dienststelle in Bielefeld?")]
    [InlineData("Wer ist der Leiter der Integrationsstelle in Münster?")]
    [InlineData("Who is the head of the integration office in Stuttgart?")]
    public void Bare_who_is_questions_about_persons_stay_out_of_scope(string text)
    {
        Assert.Equal(Intent.None, Seed.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("What is the situation with seasonal workers in the cities?")]
    [InlineData("What do the cities offer seasonal workers?")]
    public void The_cities_in_an_english_question_are_all_cities_not_a_request_for_the_list(string text)
    {
        // The aspect is only hinted at ("seasonal" meets "Saisonkräfte" through the dictionary); a bare "cities" made this
        // the list of cities.
        var synopsis = Aspects.KielUlmSynopsis.Titled(
            ("Saisonarbeit / Entsendung", "Beratung für Saisonkräfte und entsandte Beschäftigte auf den Werften.", "Faire Mobilität berät Erntehelfer."),
            ("Sprachkurse", "Integrationskurse an der VHS.", "Abendkurse."),
            ("Wohnen", "Sozialwohnungen der städtischen Gesellschaft.", "Hilfe beim Mietvertrag."));
        var result = new Recognizer(synopsis, Seed.Lexicon).Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal((Intent.Query, "Saisonarbeit / Entsendung"), (result.Intent, result.Aspects.FirstOrDefault()?.Title));
        Assert.Empty(result.Cities);
    }

    [Theory]
    [InlineData("show me the cities")]
    [InlineData("Which cities are in there?")]
    [InlineData("zeig mir die Städte")]
    [InlineData("Zeige mir alle Städte")]
    public void Asking_to_be_shown_the_cities_lists_them(string text)
    {
        Assert.Equal(Intent.ListCities, Seed.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("Welche Stadt hat eine Stabsstelle?")]
    [InlineData("In welchen Städten gibt es ein Integrationskonzept?")]
    [InlineData("Wo kommt das Wort Ehrenamt vor?")]
    [InlineData("Suche nach Willkommenskultur")]
    [InlineData("Gibt es irgendwo ein Monitoring?")]
    [InlineData("Which cities mention anti-discrimination?")]
    [InlineData("Wer arbeitet mit Migrantenorganisationen zusammen?")]
    public void Search_questions_for_words_the_synopsis_lacks_stay_searches(string text)
    {
        Assert.Equal(Intent.Search, Seed.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("Welche Stadt hat einen Zoo?")]
    [InlineData("Welche Städte haben einen Hafen?")]
    [InlineData("Welche Stadt ist die schönste?")]
    [InlineData("In welcher Stadt ist es am wärmsten?")]
    public void Search_shaped_questions_outside_the_field_are_neither_searches_nor_city_lists(string text)
    {
        Assert.Equal(Intent.None, Seed.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("In welchen Städten ist Integration wie angebunden?", Anbindung)]
    [InlineData("Welche Aufgaben haben die Dienststellen jeweils?", Aufgaben)]
    [InlineData("Welche Städte haben eine Organisationsstruktur?", "Orga-Struktur")]
    public void Search_shaped_questions_on_an_aspect_the_synopsis_holds_stay_queries(string text, string aspect)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([aspect], result.Aspects.Select(static a => a.Title));
    }

    [Theory]
    [InlineData("Welche Städte erwähnen Sprachförderung?", "Sprachförderung")]
    [InlineData("Wer arbeitet mit Migrantenorganisationen zusammen?", "Migrantenorganisationen")]
    public void Verbs_and_particles_are_not_search_terms(string text, string term)
    {
        var result = Seed.Recognize(text);
        Assert.Equal(Intent.Search, result.Intent);
        Assert.Equal([term], result.SearchTerms);
    }

    [Theory]
    [InlineData("Bist du ein Mensch?")]
    [InlineData("Are you a bot?")]
    public void Questions_about_the_bot_itself_are_never_searches(string text)
    {
        Assert.NotEqual(Intent.Search, Seed.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("Wie viele Einwohner hat Stuttgart?", "Und die Anbindung?")]
    [InlineData("Wer ist Oberbürgermeister von Frankfurt?", "Und die Aufgaben?")]
    [InlineData("Wie wird das Wetter in Stuttgart?", "Und die Anbindung?")]
    public void A_refused_question_passes_no_city_to_the_next_turn(string first, string second)
    {
        var result = Seed.Conversation(first, second);
        Assert.Empty(result.Cities);
        Assert.DoesNotContain("cities", result.FromContext);
    }

    [Fact]
    public void A_failed_first_turn_does_not_spoil_the_second()
    {
        var result = Seed.Conversation("Wie wird das Wetter in Stuttgart?", "Wie ist die Integration in Frankfurt angebunden?");
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal(["Frankfurt"], result.Cities.Select(static c => c.Name));
        Assert.Empty(result.FromContext);
    }

    [Theory]
    [InlineData("Gibt es irgendwo ein Monitoring?")]
    [InlineData("Welche Stadt hat eine Stabsstelle?")]
    public void A_search_without_hits_is_answered_with_nothing_found(string text)
    {
        var recognition = Seed.Recognize(text);
        Assert.Empty(recognition.Results);
        var reply = IntegrationBot.Core.Tests.Cards.CardFixtures.Answer(recognition);
        Assert.Contains("nichts gefunden", reply.Text, StringComparison.Ordinal);
    }
}
