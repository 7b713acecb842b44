using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Tests.Bot;

/// <summary>Conversations over the real bot class and the real answer service on the seed synopsis.</summary>
public sealed class ConversationTests
{
    private const string SeedQuestion = "Wo ist Integration in Stuttgart angebunden?";
    private const string StuttgartAnbindung = "Geschäftskreis des Oberbürgermeisters";
    private const string FrankfurtAnbindung = "Dezernat Integration";

    [Fact]
    public async Task Seed_question_then_follow_up_compare_Stuttgart_then_Frankfurt_on_the_asked_aspect()
    {
        var harness = new BotHarness(RealAnswers.Service, Channels.Emulator);

        await harness.Flow()
            .Send(SeedQuestion)
            .AssertReply(trace => AssertRecognition(trace, "Query", ["Stuttgart"], ["Orga - Anbindung"]), timeout: BotHarness.ReplyTimeout)
            .AssertReply(reply => AssertCardContains(reply, StuttgartAnbindung), timeout: BotHarness.ReplyTimeout)
            .Send("Und in Frankfurt?")
            .AssertReply(
                trace =>
                {
                    AssertRecognition(trace, "Query", ["Frankfurt"], ["Orga - Anbindung"]);
                    Assert.Contains("aspects", Value(trace)["fromContext"]!.Values<string>());
                },
                timeout: BotHarness.ReplyTimeout)
            .AssertReply(reply => AssertCardContains(reply, FrankfurtAnbindung), timeout: BotHarness.ReplyTimeout)
            .StartTestAsync();
    }

    [Fact]
    public async Task Teams_channel_message_with_the_mention_is_answered_from_the_synopsis()
    {
        var harness = new BotHarness(RealAnswers.Service, Channels.Msteams);
        var activity = new Activity(ActivityTypes.Message)
        {
            Text = $"<at>IntegrationBot</at> {SeedQuestion}",
            Entities =
            [
                new Entity("mention")
                {
                    Properties = new JObject
                    {
                        ["mentioned"] = new JObject { ["id"] = harness.Adapter.Conversation.Bot.Id, ["name"] = "IntegrationBot" },
                        ["text"] = "<at>IntegrationBot</at>",
                    },
                },
            ],
            ChannelData = new JObject { ["teamsChannelId"] = "19:general@thread.tacv2" },
        };

        await harness.Flow()
            .Send(activity)
            .AssertReply(trace => AssertRecognition(trace, "Query", ["Stuttgart"], ["Orga - Anbindung"]), timeout: BotHarness.ReplyTimeout)
            .AssertReply(reply => AssertCardContains(reply, StuttgartAnbindung), timeout: BotHarness.ReplyTimeout)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("Action.Submit (Web Chat, Emulator)")]
    [InlineData("messageBack (Teams)")]
    [InlineData("imBack")]
    public async Task Clicking_a_card_button_answers_exactly_like_typing_its_question(string way)
    {
        var harness = new BotHarness(RealAnswers.Service, Channels.Emulator);
        JObject? submitData = null;
        await harness.Flow()
            .Send(SeedQuestion)
            .AssertReply(_ => { }, timeout: BotHarness.ReplyTimeout)
            .AssertReply(reply => submitData = FirstSubmitData(reply), timeout: BotHarness.ReplyTimeout)
            .StartTestAsync();
        Assert.NotNull(submitData);
        var question = (string)submitData["question"]!;
        Assert.Equal(question, (string?)submitData["msteams"]?["text"]);

        var typed = await AnswerInNewConversationAsync(new Activity(ActivityTypes.Message) { Text = question });
        var clicked = await AnswerInNewConversationAsync(way switch
        {
            "messageBack (Teams)" => new Activity(ActivityTypes.Message) { Text = (string)submitData["msteams"]!["text"]!, Value = submitData },
            "imBack" => new Activity(ActivityTypes.Message) { Text = question },
            _ => new Activity(ActivityTypes.Message) { Value = submitData },
        });

        Assert.Equal(typed.Text, clicked.Text);
        Assert.True(JToken.DeepEquals((JToken)typed.Attachments[0].Content, (JToken)clicked.Attachments[0].Content), way);
    }

    [Fact]
    public async Task Emulator_conversation_start_shows_the_welcome_card_once()
    {
        var harness = new BotHarness(RealAnswers.Service, Channels.Emulator);

        await harness.Flow()
            .Send(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [harness.Adapter.Conversation.User, harness.Adapter.Conversation.Bot] })
            .AssertReply(
                reply =>
                {
                    var message = (IMessageActivity)reply;
                    Assert.False(string.IsNullOrWhiteSpace(message.Text));
                    Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(message.Attachments).ContentType);
                },
                timeout: BotHarness.ReplyTimeout)
            .AssertNoReply(timeout: 1_000)
            .StartTestAsync();
    }

    private static async Task<IMessageActivity> AnswerInNewConversationAsync(Activity activity)
    {
        var harness = new BotHarness(RealAnswers.Service, Channels.Emulator);
        IMessageActivity? answer = null;
        await harness.Flow()
            .Send(activity)
            .AssertReply(_ => { }, timeout: BotHarness.ReplyTimeout)
            .AssertReply(reply => answer = (IMessageActivity)reply, timeout: BotHarness.ReplyTimeout)
            .StartTestAsync();
        return answer!;
    }

    private static JObject FirstSubmitData(IActivity reply)
    {
        var card = (JObject)((IMessageActivity)reply).Attachments[0].Content;
        return card.Descendants().OfType<JObject>()
            .Where(node => (string?)node["type"] == "Action.Submit" && node["data"] is JObject data && data["question"] is not null)
            .Select(node => (JObject)node["data"]!)
            .First();
    }

    private static JObject Value(IActivity trace) => (JObject)((Activity)trace).Value;

    private static void AssertRecognition(IActivity trace, string intent, string[] cities, string[] aspects)
    {
        Assert.Equal(ActivityTypes.Trace, trace.Type);
        var value = Value(trace);
        Assert.Equal(intent, (string?)value["intent"]);
        Assert.Equal(cities, value["cities"]!.Values<string>());
        Assert.Equal(aspects, value["aspects"]!.Values<string>());
    }

    private static void AssertCardContains(IActivity reply, string text)
    {
        var message = Assert.IsAssignableFrom<IMessageActivity>(reply);
        Assert.Equal(ActivityTypes.Message, message.Type);
        // Teams shows a message's text above the card: there the notification preview (summary) stands alone.
        Assert.False(string.IsNullOrWhiteSpace(message.Text ?? message.Summary));
        Assert.False(string.IsNullOrWhiteSpace(message.Speak));
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Contains(text, ((JObject)attachment.Content).ToString(), StringComparison.Ordinal);
    }
}
