using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding;
using IntegrationBot.Core.Understanding;
using CardFixtures = IntegrationBot.Core.Tests.Cards.CardFixtures;

namespace IntegrationBot.Core.Tests.Search;

/// <summary>The search card names the search in the user's words, on a small synopsis built here.</summary>
public sealed class SearchTitleTests
{
    private static readonly Aspect Work = new("Arbeitsweise", 0);

    private static readonly SynopsisDocument Synopsis = new(
        "Test",
        [Work],
        [new City("Alpha"), new City("Beta")],
        [
            new Entry(Work, new City("Alpha"), false, [new Paragraph("Die Flüchtlingsberatung liegt beim Sozialamt, dazu gibt es Sprachkurse.")]),
            new Entry(Work, new City("Beta"), false, [new Paragraph("Eine allgemeine Beratung gibt es im Bürgeramt, Dolmetscher helfen.")]),
        ]);

    private static readonly Lazy<Recognizer> Recognizer = new(() => new Recognizer(Synopsis, Seed.Lexicon));

    [Theory]
    [InlineData("Where do cities offer counselling for refugees?", "Suche: „offer counselling refugees“")]
    [InlineData("Wo gibt es Flüchtlingsberatung?", "Suche: „Flüchtlingsberatung“")]
    [InlineData("wo gibt es beratung für flüchtlinge", "Suche: „beratung flüchtlinge“")]
    public void Search_card_is_titled_with_the_content_words_as_typed(string question, string title)
    {
        var recognition = Recognizer.Value.Recognize(question, ConversationContext.Empty, Seed.Now);
        Assert.Equal(Intent.Search, recognition.Intent);

        var reply = CardFixtures.Answer(recognition, new InMemorySynopsisRepository(Synopsis));

        Assert.Equal(title, reply.Text.Split('\n')[0]);
    }
}
