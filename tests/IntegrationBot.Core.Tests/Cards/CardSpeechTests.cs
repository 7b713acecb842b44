namespace IntegrationBot.Core.Tests.Cards;

/// <summary>
/// Screen readers announce a card by its own <c>speak</c> (Web Chat's live region, the card's accessible name): every
/// card carries the whole plain-text answer there, so a listener hears the content, not only the button titles.
/// </summary>
public sealed class CardSpeechTests
{
    [Theory]
    [MemberData(nameof(AnswerScenarios.Names), MemberType = typeof(AnswerScenarios))]
    public void Every_card_speaks_the_plain_text_answer(string scenario)
    {
        var reply = AnswerScenarios.All[scenario]();
        Assert.NotNull(reply.Card);

        var speak = reply.Card["speak"]?.GetValue<string>();

        Assert.Equal(reply.Text, speak);
        Assert.False(string.IsNullOrWhiteSpace(speak));
    }
}
