using CsCheck;
using IntegrationBot.Core.Tests.Understanding;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Properties;

/// <summary>
/// The recognizer answers every message in every context with a result in the trace contract's terms: it never throws,
/// and the cities and aspects it names are exactly those of the synopsis.
/// </summary>
public sealed class RecognizerProperties
{
    internal static Gen<ConversationContext> Context => Gen.Select(
            Gen.Enum<Intent>(),
            Gen.Frequency((3, Gen.OneOf(Seed.Document.Cities.Select(static c => c.Name).ToArray())), (1, HostileText.Message)).Array[0, 4],
            Gen.Frequency((3, Gen.OneOf(Seed.Document.Aspects.Select(static a => a.Title).ToArray())), (1, HostileText.Message)).Array[0, 4],
            HostileText.Message.Array[0, 4])
        .Select(static (intent, cities, aspects, offered) => new ConversationContext
        {
            LastIntent = intent,
            Cities = cities,
            Aspects = aspects,
            OfferedQuestions = offered,
            UpdatedAt = Seed.Now.AddMinutes(-3),
        });

    [Fact]
    public void Recognizes_any_message_in_any_context_without_throwing()
    {
        var cities = Seed.Document.Cities.Select(static c => c.Name).ToHashSet(StringComparer.Ordinal);
        var aspects = Seed.Document.Aspects.Select(static a => a.Title).ToHashSet(StringComparer.Ordinal);

        Gen.Select(HostileText.Message, Context).Sample(
            (text, context) =>
            {
                var result = Seed.Recognizer.Recognize(text, context, Seed.Now);

                Assert.True(Enum.IsDefined(result.Intent));
                Assert.False(double.IsNaN(result.Score));
                Assert.All(result.Cities, city => Assert.Contains(city.Name, cities));
                Assert.All(result.Aspects, aspect => Assert.Contains(aspect.Title, aspects));
            },
            iter: 40_000);
    }
}
