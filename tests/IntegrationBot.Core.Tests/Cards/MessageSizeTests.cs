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
}
