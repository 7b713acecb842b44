using IntegrationBot.Bot;
using IntegrationBot.Core.Understanding;
using Microsoft.Bot.Schema;
using Moq;

namespace IntegrationBot.Tests.Bot;

public sealed class TurnErrorTests
{
    private const string Secret = "Verbindungszeichenfolge=geheim; at SecretStackFrame";

    [Fact]
    public async Task A_failing_turn_apologises_in_German_without_exception_text_and_forgets_the_conversation()
    {
        var answers = FakeAnswers.Create();
        var contexts = new List<ConversationContext>();
        var turn = 0;
        answers.Setup(a => a.Answer(It.IsAny<string>(), It.IsAny<ConversationContext>(), It.IsAny<DateTimeOffset>()))
            .Callback((string _, ConversationContext context, DateTimeOffset _) => contexts.Add(context))
            .Returns((string text, ConversationContext context, DateTimeOffset _) =>
                ++turn == 2 ? throw new InvalidOperationException(Secret) : FakeAnswers.Outcome(text, context));
        var harness = new BotHarness(answers.Object);

        await harness.Flow()
            .Send("Wo ist Integration in Stuttgart angebunden?")
            .AssertReply(IsTrace, timeout: BotHarness.ReplyTimeout)
            .AssertReply(IsMessage, timeout: BotHarness.ReplyTimeout)
            .Send("Und in Frankfurt?")
            .AssertReply(reply => IsApology(reply, FakeAnswers.Apology.Text), timeout: BotHarness.ReplyTimeout)
            .Send("Und in Bielefeld?")
            .AssertReply(IsTrace, timeout: BotHarness.ReplyTimeout)
            .AssertReply(IsMessage, timeout: BotHarness.ReplyTimeout)
            .StartTestAsync();

        Assert.Equal(3, contexts.Count);
        Assert.NotEmpty(contexts[1].Cities);
        Assert.Empty(contexts[2].Cities); // the failed turn cleared the conversation state
    }

    [Fact]
    public async Task When_even_the_apology_fails_the_host_apologises_itself()
    {
        var answers = FakeAnswers.Create();
        answers.Setup(a => a.Answer(It.IsAny<string>(), It.IsAny<ConversationContext>(), It.IsAny<DateTimeOffset>())).Throws(new InvalidOperationException(Secret));
        answers.Setup(a => a.Error()).Throws(new InvalidOperationException(Secret));
        var harness = new BotHarness(answers.Object);

        await harness.Flow()
            .Send("Wo ist Integration in Stuttgart angebunden?")
            .AssertReply(reply => IsApology(reply, HostReplies.FallbackApology.Text), timeout: BotHarness.ReplyTimeout)
            .StartTestAsync();
    }

    private static void IsApology(IActivity activity, string expected)
    {
        var message = Assert.IsAssignableFrom<IMessageActivity>(activity);
        Assert.Equal(expected, message.Text);
        Assert.StartsWith("Entschuldigung", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim", message.Text + message.Speak, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message.Text + message.Speak, StringComparison.Ordinal);
    }

    private static void IsTrace(IActivity activity) => Assert.Equal(ActivityTypes.Trace, activity.Type);

    private static void IsMessage(IActivity activity) => Assert.Equal(ActivityTypes.Message, activity.Type);
}
