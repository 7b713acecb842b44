using IntegrationBot.Bot;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Understanding;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Moq;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Tests.Bot;

public sealed class SynopsisBotTests
{
    private const string SeedQuestion = "Wo ist Integration in Stuttgart angebunden?";

    [Fact]
    public async Task Answers_a_question_with_the_recognition_trace_then_the_card()
    {
        var answers = FakeAnswers.Create();
        var harness = new BotHarness(answers.Object);

        await harness.Flow()
            .Send(SeedQuestion)
            .AssertReply(activity =>
            {
                Assert.Equal(ActivityTypes.Trace, activity.Type);
                var trace = (Activity)activity;
                Assert.Equal(RecognitionTrace.Name, trace.Name);
                Assert.Equal(RecognitionTrace.Label, trace.Label);
                Assert.Equal(RecognitionTrace.ValueType, trace.ValueType);
                var value = Assert.IsType<JObject>(trace.Value);
                Assert.Equal("Query", (string?)value["intent"]);
                Assert.Equal(["Stuttgart"], value["cities"]!.Values<string>());
            }, timeout: BotHarness.ReplyTimeout)
            .AssertReply(activity =>
            {
                var message = Assert.IsAssignableFrom<IMessageActivity>(activity);
                Assert.Equal(ActivityTypes.Message, message.Type);
                Assert.Equal($"Antwort auf: {SeedQuestion}", message.Text);
                Assert.Equal($"Antwort auf {SeedQuestion}", message.Speak);
                Assert.Equal(InputHints.AcceptingInput, message.InputHint);
                Assert.Null(message.SuggestedActions);
                var attachment = Assert.Single(message.Attachments);
                Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
                var card = Assert.IsType<JObject>(attachment.Content);
                Assert.Equal("1.5", (string?)card["version"]);
                Assert.Equal($"Antwort auf: {SeedQuestion}", (string?)card["body"]![0]!["text"]);
            }, timeout: BotHarness.ReplyTimeout)
            .StartTestAsync();

        answers.Verify(a => a.Answer(SeedQuestion, It.IsAny<ConversationContext>(), It.IsAny<DateTimeOffset>()), Times.Once);
    }

    [Fact]
    public async Task Gives_the_next_turn_the_context_the_previous_turn_returned()
    {
        var answers = FakeAnswers.Create();
        var contexts = new List<ConversationContext>();
        answers.Setup(a => a.Answer(It.IsAny<string>(), It.IsAny<ConversationContext>(), It.IsAny<DateTimeOffset>()))
            .Callback((string _, ConversationContext context, DateTimeOffset _) => contexts.Add(context))
            .Returns((string text, ConversationContext context, DateTimeOffset _) => FakeAnswers.Outcome(text, context));
        var harness = new BotHarness(answers.Object);

        await harness.Flow()
            .Send(SeedQuestion).AssertReply(IsTrace, timeout: BotHarness.ReplyTimeout).AssertReply(IsMessage, timeout: BotHarness.ReplyTimeout)
            .Send("Und in Frankfurt?").AssertReply(IsTrace, timeout: BotHarness.ReplyTimeout).AssertReply(IsMessage, timeout: BotHarness.ReplyTimeout)
            .Send("Und in Bielefeld?").AssertReply(IsTrace, timeout: BotHarness.ReplyTimeout).AssertReply(IsMessage, timeout: BotHarness.ReplyTimeout)
            .StartTestAsync();

        Assert.Equal(3, contexts.Count);
        Assert.Empty(contexts[0].Cities);
        Assert.Equal(["Stadt 1"], contexts[1].Cities);
        Assert.Equal(["Stadt 1", "Stadt 2"], contexts[2].Cities);
        Assert.Equal(Intent.Query, contexts[2].LastIntent);
        Assert.Equal(["Orga - Anbindung"], contexts[2].Aspects);
    }

    public static TheoryData<string, Activity> ClickedOrTypedQuestions => new()
    {
        { "typed, or an imBack button (posts the text as the user)", new Activity(ActivityTypes.Message) { Text = SeedQuestion } },
        { "typed with blanks", new Activity(ActivityTypes.Message) { Text = $"  {SeedQuestion}\n" } },
        { "Teams messageBack", new Activity(ActivityTypes.Message) { Text = SeedQuestion, Value = new JObject { ["question"] = SeedQuestion } } },
        { "Action.Submit from Web Chat/Emulator", new Activity(ActivityTypes.Message) { Value = new JObject { ["question"] = SeedQuestion, ["msteams"] = new JObject { ["type"] = "messageBack" } } } },
        { "Action.Submit with empty text", new Activity(ActivityTypes.Message) { Text = " ", Value = new JObject { ["question"] = SeedQuestion } } },
        { "Action.Submit data as a JSON string", new Activity(ActivityTypes.Message) { Value = $"{{\"question\":\"{SeedQuestion}\"}}" } },
    };

    [Theory]
    [MemberData(nameof(ClickedOrTypedQuestions))]
    public async Task Treats_card_clicks_exactly_like_typed_questions(string way, Activity activity)
    {
        var answers = FakeAnswers.Create();
        var harness = new BotHarness(answers.Object);

        await harness.Flow()
            .Send(activity)
            .AssertReply(IsTrace, way, BotHarness.ReplyTimeout)
            .AssertReply(reply => Assert.Equal($"Antwort auf: {SeedQuestion}", ((IMessageActivity)reply).Text), way, BotHarness.ReplyTimeout)
            .StartTestAsync();

        answers.Verify(a => a.Answer(SeedQuestion, It.IsAny<ConversationContext>(), It.IsAny<DateTimeOffset>()), Times.Once);
    }

    [Theory]
    [InlineData("<at>IntegrationBot</at> Wo ist Integration in Stuttgart angebunden?", true)]
    [InlineData("<at>IntegrationBot</at>Wo ist Integration in Stuttgart angebunden?", true)]
    [InlineData("Wo ist Integration in Stuttgart angebunden? <at>IntegrationBot</at>", true)]
    [InlineData("\r\n<at>IntegrationBot</at> Wo ist Integration in Stuttgart angebunden?\r\n", true)]
    [InlineData("<at>IntegrationBot</at> Wo ist Integration in Stuttgart angebunden?", false)]
    public async Task Answers_a_Teams_channel_message_without_the_mention(string text, bool mentionHasText)
    {
        var answers = FakeAnswers.Create();
        var harness = new BotHarness(answers.Object, Channels.Msteams);
        var mention = BotMention(harness.Adapter.Conversation.Bot.Id);
        if (!mentionHasText)
        {
            // Older group chat payloads carry no mention text; the SDK then removes <at>name</at>.
            mention.Properties.Remove("text");
        }

        var activity = new Activity(ActivityTypes.Message)
        {
            Text = text,
            Entities = [mention],
            ChannelData = new JObject { ["teamsChannelId"] = "19:general@thread.tacv2", ["team"] = new JObject { ["id"] = "19:team@thread.tacv2" } },
        };

        await harness.Flow()
            .Send(activity)
            .AssertReply(IsTrace, timeout: BotHarness.ReplyTimeout)
            .AssertReply(reply => Assert.Equal($"Antwort auf: {SeedQuestion}", ((IMessageActivity)reply).Summary), timeout: BotHarness.ReplyTimeout)
            .StartTestAsync();

        answers.Verify(a => a.Answer(SeedQuestion, It.IsAny<ConversationContext>(), It.IsAny<DateTimeOffset>()), Times.Once);
    }

    [Fact]
    public async Task A_malformed_mention_entity_does_not_break_the_turn()
    {
        var answers = FakeAnswers.Create();
        var harness = new BotHarness(answers.Object, Channels.Msteams);
        var activity = new Activity(ActivityTypes.Message)
        {
            Text = SeedQuestion,
            Entities =
            [
                new Entity("mention") { Properties = new JObject { ["text"] = "<at>IntegrationBot</at>" } },
                new Entity("mention") { Properties = new JObject { ["mentioned"] = new JObject { ["id"] = "bot" } } },
            ],
        };

        await harness.Flow()
            .Send(activity)
            .AssertReply(IsTrace, timeout: BotHarness.ReplyTimeout)
            .AssertReply(reply => Assert.Equal($"Antwort auf: {SeedQuestion}", ((IMessageActivity)reply).Summary), timeout: BotHarness.ReplyTimeout)
            .StartTestAsync();
    }

    public static TheoryData<string, Activity> MessagesWithoutAQuestion => new()
    {
        { "empty text", new Activity(ActivityTypes.Message) { Text = string.Empty } },
        { "whitespace", new Activity(ActivityTypes.Message) { Text = " \t\n " } },
        { "no text at all", new Activity(ActivityTypes.Message) },
        { "only the mention", new Activity(ActivityTypes.Message) { Text = "<at>IntegrationBot</at>", Entities = [BotMention("bot")] } },
        { "only an image", new Activity(ActivityTypes.Message) { Attachments = [new Attachment("image/png", "https://example.invalid/bild.png")] } },
        { "card data without a question", new Activity(ActivityTypes.Message) { Value = new JObject { ["action"] = "somethingElse" } } },
        { "card data with an empty question", new Activity(ActivityTypes.Message) { Value = new JObject { ["question"] = "  " } } },
        { "card data with a non-text question", new Activity(ActivityTypes.Message) { Value = new JObject { ["question"] = new JArray(1, 2) } } },
        { "broken JSON string", new Activity(ActivityTypes.Message) { Value = "{ question: " } },
    };

    [Theory]
    [MemberData(nameof(MessagesWithoutAQuestion))]
    public async Task Asks_for_a_question_when_a_message_has_none(string kind, Activity activity)
    {
        var answers = FakeAnswers.Create();
        var harness = new BotHarness(answers.Object);

        await harness.Flow()
            .Send(activity)
            .AssertReply(reply =>
            {
                Assert.Equal(ActivityTypes.Trace, reply.Type);
                Assert.Equal("None", (string?)((JObject)((Activity)reply).Value)["intent"]);
            }, kind, BotHarness.ReplyTimeout)
            .AssertReply(reply =>
            {
                var message = (IMessageActivity)reply;
                Assert.Equal(FakeAnswers.AskForQuestion.Text, message.Text);
                Assert.Contains("Frage", message.Text, StringComparison.Ordinal);
            }, kind, BotHarness.ReplyTimeout)
            .StartTestAsync();

        answers.Verify(a => a.Answer(It.IsAny<string>(), It.IsAny<ConversationContext>(), It.IsAny<DateTimeOffset>()), Times.Never);
    }

    /// <summary>A mention entity as it arrives from Teams: everything in the entity's extension data.</summary>
    private static Entity BotMention(string botId) => new("mention")
    {
        Properties = new JObject
        {
            ["mentioned"] = new JObject { ["id"] = botId, ["name"] = "IntegrationBot" },
            ["text"] = "<at>IntegrationBot</at>",
        },
    };

    private static void IsTrace(IActivity activity) => Assert.Equal(ActivityTypes.Trace, activity.Type);

    private static void IsMessage(IActivity activity) => Assert.Equal(ActivityTypes.Message, activity.Type);
}
