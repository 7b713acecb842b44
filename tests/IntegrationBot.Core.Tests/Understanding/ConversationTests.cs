using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding;

/// <summary>Context across turns: follow-ups, replacement, expiry, and picking an offered reading.</summary>
public sealed class ConversationTests
{
    [Theory]
    [InlineData("Wo ist Integration in Bielefeld angebunden?", "Und in Stuttgart?", "Stuttgart", "Orga - Anbindung", "aspects")]
    [InlineData("Aufgaben Frankfurt", "Und München?", "München", "Aufgaben und Arbeitsweise der zuständigen Dienststelle", "aspects")]
    [InlineData("Was macht die Abteilung Integration in Stuttgart?", "Und die Präambel?", "Stuttgart", "Präambel zur Integrationspolitik", "cities")]
    [InlineData("Anbindung Frankfurt", "Wie sieht es dort mit der Präambel aus?", "Frankfurt", "Präambel zur Integrationspolitik", "cities")]
    [InlineData("Anbindung Bielefeld", "What about Munich?", "München", "Orga - Anbindung", "aspects")]
    public void Follow_up_takes_missing_slots_from_context(string first, string followUp, string city, string aspect, string carried)
    {
        var result = Seed.Conversation(first, followUp);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([city], result.Cities.Select(static c => c.Name));
        Assert.Equal([aspect], result.Aspects.Select(static a => a.Title));
        Assert.Equal([carried], result.FromContext);
    }

    [Theory]
    [InlineData("Präambel Stuttgart", "Vergleiche das mit München")]
    [InlineData("Präambel Stuttgart", "im Vergleich zu München?")]
    [InlineData("Präambel Stuttgart", "Und München auch")]
    public void Comparing_with_context_adds_the_cities(string first, string followUp)
    {
        var result = Seed.Conversation(first, followUp);
        Assert.Equal(["München", "Stuttgart"], result.Cities.Select(static c => c.Name).Order());
        Assert.Equal(["Präambel zur Integrationspolitik"], result.Aspects.Select(static a => a.Title));
        Assert.Contains("cities", result.FromContext);
    }

    [Theory]
    [InlineData("Präambel in Stuttgart", "Und in München?", "Vergleiche die beiden", "München, Stuttgart")]
    [InlineData("Anbindung Frankfurt", "Und Bielefeld?", "Vergleich die beiden mal", "Bielefeld, Frankfurt")]
    [InlineData("Wie ist Integration in Münster angebunden?", "Und in Stuttgart?", "Stell beide gegenüber", "Münster, Stuttgart")]
    [InlineData("Anbindung Frankfurt", "Und Bielefeld?", "Compare both", "Bielefeld, Frankfurt")]
    public void Comparing_the_two_after_a_replaced_city_compares_both(string first, string second, string third, string cities)
    {
        var result = Seed.Conversation(first, second, third);

        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal(cities, string.Join(", ", result.Cities.Select(static c => c.Name).Order()));
        Assert.Equal(Seed.Recognize(first).Aspects, result.Aspects);
    }

    [Theory]
    [InlineData("Und die Anbindung?")]
    [InlineData("Und die Aufgaben auch?")]
    public void A_follow_up_without_a_comparison_keeps_only_the_last_city(string third)
    {
        var result = Seed.Conversation("Präambel in Stuttgart", "Und in München?", third);

        Assert.Equal(["München"], result.Cities.Select(static c => c.Name));
    }

    [Fact]
    public void Unknown_city_in_a_follow_up_replaces_the_cities()
    {
        var result = Seed.Conversation("Anbindung Stuttgart", "Und in Bremen?");
        Assert.Empty(result.Cities);
        Assert.Equal(["Bremen"], result.UnknownCities);
        Assert.Equal(["Orga - Anbindung"], result.Aspects.Select(static a => a.Title));
    }

    [Theory]
    [InlineData("Präambel München", "Was macht die Abteilung Integration in Stuttgart?")]
    [InlineData("Aufgaben Frankfurt", "Welche Aspekte gibt es?")]
    public void Complete_new_question_replaces_context(string first, string second)
    {
        var alone = Seed.Recognize(second);
        var after = Seed.Conversation(first, second);
        Assert.Equal(alone.Intent, after.Intent);
        Assert.Equal(alone.Cities, after.Cities);
        Assert.Equal(alone.Aspects, after.Aspects);
        Assert.Empty(after.FromContext);
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(31, false)]
    public void Context_expires_after_30_minutes(int minutes, bool carried)
    {
        var first = Seed.Recognize("Wo ist Integration in Bielefeld angebunden?");
        var context = ConversationContext.Empty.After(first, Seed.Now);
        var result = Seed.Recognizer.Recognize("Und in Stuttgart?", context, Seed.Now.AddMinutes(minutes));
        Assert.Equal(carried, result.Aspects.Count > 0);
        Assert.Equal(carried, result.FromContext.Contains("aspects"));
    }

    [Fact]
    public void After_stores_query_slots_and_keeps_them_through_small_talk()
    {
        var context = ConversationContext.Empty.After(Seed.Recognize("Präambel Stuttgart"), Seed.Now);
        Assert.Equal(["Stuttgart"], context.Cities);
        Assert.Equal(["Präambel zur Integrationspolitik"], context.Aspects);
        Assert.Equal(Seed.Now, context.UpdatedAt);

        var later = Seed.Now.AddMinutes(1);
        var afterThanks = context.After(Seed.Recognize("Danke"), later);
        Assert.Equal(context.Cities, afterThanks.Cities);
        Assert.Equal(later, afterThanks.UpdatedAt);
    }

    [Theory]
    [InlineData("die erste", 0)]
    [InlineData("Die Zweite bitte", 1)]
    [InlineData("Nummer 2", 1)]
    [InlineData("2", 1)]
    [InlineData("die dritte", 2)]
    [InlineData("die letzte", 2)]
    [InlineData("the second one", 1)]
    public void Picks_an_offered_reading_by_ordinal_or_number(string pick, int index)
    {
        var vague = Seed.Recognize("Orga Stuttgart");
        Assert.InRange(vague.Alternatives.Count, 3, 3);
        var context = ConversationContext.Empty.After(vague, Seed.Now);

        var result = Seed.Recognizer.Recognize(pick, context, Seed.Now.AddSeconds(20));
        var expected = Seed.Recognize(vague.Alternatives[index].Question);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal(expected.Cities, result.Cities);
        Assert.Equal(expected.Aspects, result.Aspects);
        Assert.NotEmpty(result.FromContext);
    }

    [Fact]
    public void Beide_picks_both_offered_readings()
    {
        var vague = Seed.Recognize("Gibt es in Bielefeld eine Flüchtlingsberatung?");
        Assert.True(vague.Alternatives.Count >= 2);
        var context = ConversationContext.Empty.After(vague, Seed.Now);
        var result = Seed.Recognizer.Recognize("beide", context, Seed.Now.AddSeconds(20));
        Assert.Equal(["Bielefeld"], result.Cities.Select(static c => c.Name));
    }

    [Fact]
    public void A_pick_without_offered_readings_is_not_a_pick()
    {
        Assert.NotEqual(Intent.Query, Seed.Recognize("die zweite").Intent);
    }

    [Theory]
    [InlineData("Orga Stuttgart")]
    [InlineData("Gibt es in Bielefeld eine Flüchtlingsberatung?")]
    [InlineData("Arbeit in Stuttgart")]
    public void Offered_readings_are_full_questions_understood_as_offered(string vagueText)
    {
        var vague = Seed.Recognize(vagueText);
        Assert.InRange(vague.Alternatives.Count, 2, 3);
        Assert.True(vague.Score < 0.8);
        foreach (var alternative in vague.Alternatives)
        {
            var again = Seed.Recognize(alternative.Question);
            Assert.True(again.Alternatives.Count == 0, $"\"{alternative.Question}\" is itself ambiguous");
            Assert.True(again.Score >= 0.8, $"\"{alternative.Question}\" scored {again.Score}");
        }
    }
}
