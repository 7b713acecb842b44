using System.Text.Json;
using CsCheck;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Tests.Cards;
using IntegrationBot.Core.Tests.Understanding;

namespace IntegrationBot.Core.Tests.Properties;

/// <summary>
/// The whole turn (recognizer, answer composition, card rendering) answers any message in any context: never an
/// exception, always a text reply, a card that is valid JSON within Teams' activity size, and a context for the next turn.
/// </summary>
public sealed class AnswerServiceProperties
{
    private static readonly Lazy<AnswerService> Service = new(() => new AnswerService(Seed.Recognizer, CardFixtures.Seed, CardFixtures.Renderer));

    [Fact]
    public void Answers_any_message_in_any_context_with_a_reply_within_limits()
    {
        Gen.Select(HostileText.Message, RecognizerProperties.Context).Sample(
            (text, context) =>
            {
                var outcome = Service.Value.Answer(text, context, Seed.Now);

                Assert.False(string.IsNullOrWhiteSpace(outcome.Reply.Text));
                Assert.NotNull(outcome.Context);
                if (outcome.Reply.Card is { } card)
                {
                    using var parsed = JsonDocument.Parse(card.ToJsonString());
                    Assert.Equal("AdaptiveCard", parsed.RootElement.GetProperty("type").GetString());
                }

                Assert.True(CardRenderer.Size(outcome.Reply) <= CardRenderer.MaxActivityBytes, $"reply of {CardRenderer.Size(outcome.Reply)} bytes");
            },
            iter: 20_000);
    }

    [Fact]
    public void Welcome_and_error_replies_are_always_there()
    {
        Assert.False(string.IsNullOrWhiteSpace(Service.Value.Welcome().Text));
        Assert.False(string.IsNullOrWhiteSpace(Service.Value.Error().Text));
    }
}
