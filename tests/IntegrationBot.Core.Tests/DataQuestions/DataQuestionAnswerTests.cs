using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Cards;
using IntegrationBot.Core.Tests.Understanding;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.DataQuestions;

/// <summary>What the office gets: dated footers, the data card, coverage lists from the data, definitions, two-part answers.</summary>
public sealed class DataQuestionAnswerTests
{
    private static readonly DateTimeOffset Now = Seed.Now;

    [Fact]
    public void Date_question_gives_the_date_editor_organisation_and_size()
    {
        var reply = OfficeData.Service().Answer("Von wann sind die Daten?", ConversationContext.Empty, Now).Reply;

        Assert.Contains("Stand der Synopse: 12.03.2026.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Anna Beispiel", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Amt für Integration", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"{OfficeData.Document.Cities.Count} Städte und {OfficeData.Document.Aspects.Count} Aspekte", reply.Text, StringComparison.Ordinal);
        Assert.Contains(CardJson.OfType(reply.Card, "FactSet").SelectMany(f => f["facts"]!.AsArray()), f => ((string)f!["value"]!).Contains("(https://example.org/synopse.pdf)", StringComparison.Ordinal));
    }

    [Fact]
    public void Date_from_the_file_modification_is_called_so()
    {
        var document = OfficeData.With(new SynopsisProvenance(null, null, new DateOnly(2026, 1, 5), true, null));
        var service = OfficeData.Service(new InMemorySynopsisRepository(document));

        var about = service.Answer("Von wann sind die Daten?", ConversationContext.Empty, Now).Reply;
        var query = service.Answer("Wo ist Integration in Stuttgart angebunden?", ConversationContext.Empty, Now).Reply;

        Assert.Contains("die Datei wurde zuletzt am 05.01.2026 geändert", about.Text, StringComparison.Ordinal);
        Assert.Contains("Stand: Datei vom 05.01.2026", query.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wo ist Integration in Stuttgart angebunden?")]
    [InlineData("Vergleiche Bielefeld und Frankfurt")]
    [InlineData("Welche Städte gibt es?")]
    [InlineData("Welche Aspekte gibt es?")]
    [InlineData("Welche Städte haben eine Flüchtlingsberatung?")]
    [InlineData("Welche Städte haben keine Angaben zur Präambel?")]
    [InlineData("Hilfe")]
    public void Every_answer_cards_footer_names_source_and_date_with_a_link(string question)
    {
        var reply = OfficeData.Service().Answer(question, ConversationContext.Empty, Now).Reply;

        var footer = Assert.Single(CardJson.TextBlocks(reply.Card), t => t.StartsWith("Quelle: ", StringComparison.Ordinal));
        Assert.Equal($"Quelle: [{CardText.Markdown(OfficeData.Document.Title)}](https://example.org/synopse.pdf), Amt für Integration, Anna Beispiel, Stand: 12.03.2026", footer);
        Assert.EndsWith("Stand: 12.03.2026 (https://example.org/synopse.pdf)", reply.Text.Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Cities_without_an_entry_for_the_preamble_are_named_exactly()
    {
        var aspect = OfficeData.Repository.FindAspect("Präambel zur Integrationspolitik")!;
        var without = OfficeData.Repository.Cities.Where(c => OfficeData.Repository.Find(c, aspect) is null).Select(c => c.Name).ToList();

        var reply = OfficeData.Service().Answer("Welche Städte haben keine Angaben zur Präambel?", ConversationContext.Empty, Now).Reply;

        Assert.NotEmpty(without);
        var names = CardJson.OfType(reply.Card, "ColumnSet").Where(c => c["selectAction"] is not null)
            .Select(c => CardJson.TextBlocks(c)[0]).ToList();
        Assert.Equal(without, names);
        Assert.Contains($"{FollowUpQuestions.JoinGerman(without)} ({without.Count} von {OfficeData.Repository.Cities.Count})", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void City_with_the_most_entries_comes_first_with_its_count()
    {
        var most = OfficeData.Repository.Cities.Select(c => (c.Name, Count: OfficeData.Repository.ForCity(c).Count)).MaxBy(c => c.Count);

        var reply = OfficeData.Service().Answer("Welche Stadt hat die meisten Einträge?", ConversationContext.Empty, Now).Reply;

        Assert.StartsWith($"{most.Name} hat die meisten Einträge: {most.Count} von {OfficeData.Repository.Aspects.Count} Aspekten.", reply.Text.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void One_citys_coverage_lists_what_it_lacks()
    {
        var reply = OfficeData.Service().Answer("Wie vollständig sind die Angaben zu Münster?", ConversationContext.Empty, Now).Reply;
        var city = OfficeData.Repository.FindCity("Münster")!;
        var lacking = OfficeData.Repository.Aspects.Where(a => OfficeData.Repository.Find(city, a) is null).Select(a => a.Title).ToList();

        Assert.Contains($"Keine Angaben zu: {FollowUpQuestions.JoinGerman(lacking)}.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Glossary_term_is_explained_from_the_glossary()
    {
        var reply = OfficeData.Service().Answer("Was bedeutet RAA?", ConversationContext.Empty, Now).Reply;

        Assert.Contains("Regionale Arbeitsstellen für Bildung, Integration und Demokratie", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Aus dem Glossar der Synopse.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Term_the_glossary_lacks_is_said_plainly_with_a_search_offered_where_the_entries_mention_it()
    {
        var mentioned = OfficeData.Service().Answer("Was bedeutet AmkA?", ConversationContext.Empty, Now).Reply;
        var absent = OfficeData.Service().Answer("Was bedeutet IKÖ?", ConversationContext.Empty, Now).Reply;

        Assert.Contains("Das Glossar der Synopse erklärt „AmkA“ nicht.", mentioned.Text, StringComparison.Ordinal);
        Assert.Contains(CardJson.Buttons(mentioned.Card), b => b.Question == "Welche Städte erwähnen AmkA?");
        var search = OfficeData.Recognizer.Recognize("Welche Städte erwähnen AmkA?", ConversationContext.Empty, Now);
        Assert.Contains("Frankfurt", search.Results.Select(h => h.City.Name).Concat(search.Cities.Select(c => c.Name)));
        Assert.Contains("Auch in den Einträgen der Städte kommt „IKÖ“ nicht vor.", absent.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(CardJson.Buttons(absent.Card), b => b.Question.Contains("IKÖ", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_part_question_is_answered_in_two_replies_the_second_in_the_context_of_the_first()
    {
        var outcome = OfficeData.Service().Answer("Welche Städte haben Angaben zur Präambel, und was steht bei Bielefeld dazu?", ConversationContext.Empty, Now);

        Assert.Equal(Intent.Coverage, outcome.Recognition.Intent);
        Assert.Equal(["Präambel zur Integrationspolitik"], outcome.Recognition.Aspects.Select(a => a.Title));
        var second = Assert.Single(outcome.MoreParts);
        Assert.Equal(Intent.Query, second.Recognition.Intent);
        Assert.Equal(["Bielefeld"], second.Recognition.Cities.Select(c => c.Name));
        Assert.Equal(["Präambel zur Integrationspolitik"], second.Recognition.Aspects.Select(a => a.Title));
        Assert.StartsWith("Bielefeld: Präambel zur Integrationspolitik", second.Reply.Text, StringComparison.Ordinal);
        Assert.Equal(["Bielefeld"], outcome.Context.Cities);
    }

    [Theory]
    [InlineData("Was macht Stuttgart und was macht München?")]
    [InlineData("Vergleiche die Anbindung von Stuttgart und Bielefeld")]
    [InlineData("Wie ist Integration in Stuttgart angebunden und wie in Frankfurt?")]
    public void Two_questions_of_one_kind_are_one_answer(string question)
    {
        var outcome = OfficeData.Service().Answer(question, ConversationContext.Empty, Now);

        Assert.Empty(outcome.MoreParts);
    }

    [Theory]
    [InlineData("Welche Städte haben eine Flüchtlingsberatung? Alle Städte bitte.")]
    [InlineData("Wo ist Integration angebunden? Bitte für alle Städte.")]
    public void A_second_part_asking_for_all_cities_widens_the_first_instead_of_listing_the_cities(string question)
    {
        var outcome = OfficeData.Service().Answer(question, ConversationContext.Empty, Now);

        Assert.Empty(outcome.MoreParts);
        Assert.NotEqual(Intent.ListCities, outcome.Recognition.Intent);
    }
}
