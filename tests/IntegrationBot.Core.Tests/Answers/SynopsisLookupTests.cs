using IntegrationBot.Core.Answers.Lookup;
using IntegrationBot.Core.Search;
using IntegrationBot.Core.Tests.Cards;
using static IntegrationBot.Core.Tests.Cards.CardFixtures;

namespace IntegrationBot.Core.Tests.Answers;

/// <summary>The compose-box lookup over the real recognizer, search index and card builders on the seed.</summary>
public sealed class SynopsisLookupTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static SynopsisLookup Lookup => new(Recognizer, Seed, ((IntegrationBot.Core.Understanding.Recognizer)Recognizer).Model.SearchIndex, Renderer);

    [Fact]
    public void Search_words_return_the_entries_whose_text_has_them_as_insertable_cards()
    {
        var page = Lookup.Find("Flüchtlingsberatung", 0, 25, Now);

        var item = Assert.Single(page.Items, i => i.Title.StartsWith("Bielefeld", StringComparison.Ordinal));
        Assert.Contains("Flüchtlingsberatung", CardJson.AllText(item.Card.Card), StringComparison.Ordinal);
        Assert.Contains("Bielefeld", CardJson.TextBlocks(item.Card.Card)[0], StringComparison.Ordinal);
        Assert.Same(item, page.Items[0]);
    }

    [Fact]
    public void A_question_naming_city_and_aspect_returns_that_entry()
    {
        var page = Lookup.Find("Wo ist Integration in Stuttgart angebunden?", 0, 25, Now);

        var item = Assert.Single(page.Items);
        Assert.Equal("Stuttgart: Orga - Anbindung", item.Title);
        Assert.Contains("Geschäftskreis des Oberbürgermeisters", CardJson.AllText(item.Card.Card), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_query_offers_the_aspects_with_entries()
    {
        var page = Lookup.Find("  ", 0, 25, Now);

        Assert.Equal(Seed.Aspects.Select(a => a.Title), page.Items.Select(i => i.Title));
        Assert.All(page.Items, i => Assert.Matches(@"^Angaben von \d der 5 Städte", i.Preview));
    }

    [Fact]
    public void Pages_follow_skip_and_count_and_count_all_results()
    {
        var all = Lookup.Find("Stuttgart", 0, 25, Now);
        var second = Lookup.Find("Stuttgart", 1, 2, Now);

        Assert.True(all.Total >= 3);
        Assert.Equal(all.Items.Skip(1).Take(2).Select(i => i.Key), second.Items.Select(i => i.Key));
        Assert.Equal(all.Total, second.Total);
        Assert.Empty(Lookup.Find("Stuttgart", all.Total, 25, Now).Items);
    }

    [Theory]
    [InlineData("Gewerbesteuer Zoo")]
    [InlineData("xyzzy")]
    public void Nothing_found_is_a_friendly_German_message(string query)
    {
        var page = Lookup.Find(query, 0, 25, Now);

        Assert.Empty(page.Items);
        Assert.StartsWith($"Zu „{query}“ habe ich in der Synopse nichts gefunden.", page.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_selected_key_gives_the_same_card_again_and_an_unknown_key_nothing()
    {
        var first = Lookup.Find("Flüchtlingsberatung", 0, 25, Now).Items[0];

        var selected = Lookup.Select(first.Key, Now);

        Assert.NotNull(selected);
        Assert.Equal(first.Card.Card!.ToJsonString(), selected.Card.Card!.ToJsonString());
        Assert.Null(Lookup.Select("Kein Aspekt\u001fNirgendwo", Now));
        Assert.Null(Lookup.Select(null, Now));
    }

    [Fact]
    public void Inserted_cards_carry_no_buttons_for_the_bot()
    {
        var card = Lookup.Find("Flüchtlingsberatung", 0, 25, Now).Items[0].Card.Card;

        Assert.Empty(CardJson.Buttons(card));
        Assert.Empty(CardJson.OfType(card, "Action.Submit"));
    }

    [Theory]
    [InlineData("Amt für Integration", "2026-03-12", false, "Quelle: Synopse, Amt für Integration, Stand: 12.03.2026")]
    [InlineData(null, "2026-03-12", true, "Quelle: Synopse, Stand: Datei vom 12.03.2026")]
    [InlineData(null, null, false, "Quelle: Synopse, Stand: unbekannt, abgerufen am 01.12.2026")]
    public void Inserted_cards_name_source_and_date_in_the_footer(string? organisation, string? date, bool fromFile, string footer)
    {
        var seed = Seed.Document;
        var provenance = new IntegrationBot.Core.Synopsis.SynopsisProvenance(Organisation: organisation, Date: date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateFromFileModification: fromFile);
        var document = new IntegrationBot.Core.Synopsis.SynopsisDocument("Synopse", seed.Aspects, seed.Cities, seed.Entries, provenance);
        var repository = new IntegrationBot.Core.Synopsis.InMemorySynopsisRepository(document);
        var lookup = new SynopsisLookup(new IntegrationBot.Core.Understanding.Recognizer(repository, IntegrationBot.Core.Tests.Understanding.Seed.Lexicon), repository, null, Renderer);

        var card = lookup.Find("Wo ist Integration in Stuttgart angebunden?", 0, 25, Now).Items.Single().Card.Card;

        Assert.Contains(footer, CardJson.TextBlocks(card));
    }
}
