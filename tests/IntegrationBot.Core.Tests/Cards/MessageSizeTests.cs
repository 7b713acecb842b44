using System.Text;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Cards;
using static IntegrationBot.Core.Tests.Cards.AnswerScenarios;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>
/// The whole message as Teams counts it — card, text, summary and speech, in UTF-16 — stays under the limit with the
/// envelope reserve to spare, for every card kind, including a synopsis 100 times the seed; and nothing is cut
/// silently: what does not fit is named on the card.
/// </summary>
public sealed class MessageSizeTests
{
    public static TheoryData<string> Scenarios => Names;

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Whole_message_in_UTF16_stays_under_the_limit_with_a_margin(string scenario)
    {
        var reply = All[scenario]();

        Assert.InRange(CardRenderer.Size(reply), 1, CardRenderer.MaxActivityBytes - CardRenderer.EnvelopeReserveBytes);
    }

    [Fact]
    public void Size_counts_card_headline_summary_and_speech_in_UTF16()
    {
        var card = new System.Text.Json.Nodes.JsonObject { ["type"] = "AdaptiveCard", ["text"] = "Präambel" };
        var reply = new Reply("Titel\n\nInhalt", "Gesprochen", card);

        var expected = Encoding.Unicode.GetByteCount("{\"type\":\"AdaptiveCard\",\"text\":\"Präambel\"}")
            + Encoding.Unicode.GetByteCount("Titel") * 2
            + Encoding.Unicode.GetByteCount("Gesprochen");
        Assert.Equal(expected, CardRenderer.Size(reply));
    }

    [Theory]
    [InlineData("huge-compare-all-aspects")]
    [InlineData("huge-profile")]
    [InlineData("huge-coverage")]
    public void At_100_times_the_seed_what_does_not_fit_is_named_not_dropped(string scenario)
    {
        var reply = All[scenario]();

        Assert.Contains(CardJson.TextBlocks(reply.Card), t => t.StartsWith("Aus Platzgründen nicht gezeigt: ", StringComparison.Ordinal));
        Assert.Contains("Aus Platzgründen nicht gezeigt: ", reply.Speak, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("huge-overview", 1, 5)]
    [InlineData("huge-profile", 1, 1)]
    [InlineData("huge-compare-all-aspects", 1, 3)]
    [InlineData("big-overview-60-cities", 1, 5)]
    public void A_card_that_leaves_entries_out_pages_to_the_next_ones_and_the_recognizer_understands_the_page(string scenario, int aspects, int cities)
    {
        var synopsis = scenario.StartsWith("huge", StringComparison.Ordinal) ? Huge : Big;
        var reply = All[scenario]();

        var next = CardJson.Buttons(reply.Card)[0];
        Assert.Equal("Weitere anzeigen", next.Title);
        var recognizer = new IntegrationBot.Core.Understanding.Recognizer(synopsis, IntegrationBot.Core.Tests.Understanding.Seed.Lexicon);
        var recognition = recognizer.Recognize(next.Question, IntegrationBot.Core.Understanding.ConversationContext.Empty, DateTimeOffset.UnixEpoch);
        Assert.Equal(IntegrationBot.Core.Understanding.Intent.Query, recognition.Intent);
        Assert.True(aspects == recognition.Aspects.Count, $"{next.Question} → {string.Join(", ", recognition.Aspects.Select(a => a.Title))} / {string.Join(", ", recognition.Cities.Select(c => c.Name))}");
        Assert.Equal(cities, recognition.Cities.Count);
        // The page shows what this card named as left out.
        var note = Assert.Single(CardJson.TextBlocks(reply.Card), t => t.StartsWith("Aus Platzgründen nicht gezeigt: ", StringComparison.Ordinal));
        var paged = scenario.Contains("overview", StringComparison.Ordinal) ? recognition.Cities.Select(c => c.Name) : recognition.Aspects.Select(a => a.Title);
        Assert.All(paged, name => Assert.Contains(CardText.Markdown(name), note, StringComparison.Ordinal));
    }
}
