using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Understanding;
using static IntegrationBot.Core.Tests.Cards.AnswerScenarios;
using static IntegrationBot.Core.Tests.Cards.CardFixtures;

namespace IntegrationBot.Core.Tests.Answers;

public sealed class ConversationContextUpdaterTests
{
    private static readonly ConversationContext Previous = new()
    {
        LastIntent = Intent.Query,
        Cities = ["Stuttgart"],
        Aspects = [Anbindung],
        OfferedQuestions = ["alt"],
    };

    [Theory]
    [InlineData(Intent.Greeting)]
    [InlineData(Intent.Thanks)]
    [InlineData(Intent.Help)]
    [InlineData(Intent.ListCities)]
    [InlineData(Intent.None)]
    public void Turns_without_synopsis_slots_keep_the_remembered_cities_and_aspects(Intent intent)
    {
        var next = ConversationContextUpdater.Next(Previous, Recognized(intent), DateTimeOffset.UnixEpoch);

        Assert.Equal(intent, next.LastIntent);
        Assert.Equal(["Stuttgart"], next.Cities);
        Assert.Equal([Anbindung], next.Aspects);
        Assert.Empty(next.OfferedQuestions);
    }

    [Fact]
    public void A_new_query_replaces_cities_and_aspects()
    {
        var next = ConversationContextUpdater.Next(Previous, Recognized(Intent.Query, ["München", "Münster"], [Praeambel]), DateTimeOffset.UnixEpoch);

        Assert.Equal(["München", "Münster"], next.Cities);
        Assert.Equal([Praeambel], next.Aspects);
    }
}
