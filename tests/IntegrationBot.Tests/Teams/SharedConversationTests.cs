using IntegrationBot.Tests.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Tests.Teams;

/// <summary>
/// Teams group chats and channels over the real bot and answer service on a TestAdapter: every mention is removed
/// before the question is read, each person's follow-up continues that person's question, uninstalling forgets
/// everyone, and events and invokes the bot does not implement are answered quietly.
/// </summary>
public sealed class SharedConversationTests
{
    private const string TeamId = "19:team-general@thread.tacv2";

    [Fact]
    public async Task A_channel_message_with_a_tag_mention_named_like_a_city_is_answered_for_the_asked_city_alone()
    {
        var harness = Channel("channel");
        var activity = FromPerson("alice", "<at>IntegrationBot</at> <at>Frankfurt Team</at> wo ist Integration in Stuttgart angebunden?");
        activity.Entities =
        [
            Mention(harness.Adapter.Conversation.Bot.Id, "IntegrationBot", "<at>IntegrationBot</at>"),
            Mention("tag-frankfurt-team", "Frankfurt Team", "<at>Frankfurt Team</at>", "tag"),
        ];

        await harness.Flow()
            .Send(activity)
            .AssertReply(trace => AssertRecognition(trace, ["Stuttgart"], ["Orga - Anbindung"]), timeout: BotHarness.ReplyTimeout)
            .AssertReply(reply => AssertCard(reply, "Geschäftskreis des Oberbürgermeisters", notContaining: "Dezernat Integration"), timeout: BotHarness.ReplyTimeout)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task In_a_shared_conversation_each_persons_follow_up_continues_that_persons_question(string conversationType)
    {
        var harness = Channel(conversationType);

        await harness.Flow()
            .Send(FromPerson("alice", "Wo ist Integration in Stuttgart angebunden?"))
            .AssertReply(trace => AssertRecognition(trace, ["Stuttgart"], ["Orga - Anbindung"]), timeout: BotHarness.ReplyTimeout)
            .AssertReply(_ => { }, timeout: BotHarness.ReplyTimeout)
            .Send(FromPerson("bob", "Was steht in der Präambel von München?"))
            .AssertReply(trace => AssertRecognition(trace, ["München"], ["Präambel zur Integrationspolitik"]), timeout: BotHarness.ReplyTimeout)
            .AssertReply(_ => { }, timeout: BotHarness.ReplyTimeout)
            .Send(FromPerson("alice", "Und in Frankfurt?"))
            .AssertReply(trace => AssertRecognition(trace, ["Frankfurt"], ["Orga - Anbindung"]), timeout: BotHarness.ReplyTimeout)
            .AssertReply(reply => AssertCard(reply, "Dezernat Integration"), timeout: BotHarness.ReplyTimeout)
            .Send(FromPerson("bob", "Und in Stuttgart?"))
            .AssertReply(trace => AssertRecognition(trace, ["Stuttgart"], ["Präambel zur Integrationspolitik"]), timeout: BotHarness.ReplyTimeout)
            .AssertReply(_ => { }, timeout: BotHarness.ReplyTimeout)
            .StartTestAsync();
    }

    [Fact]
    public async Task Uninstalling_forgets_the_context_of_everyone_in_the_team()
    {
        var harness = Channel("channel");

        await harness.Flow()
            .Send(FromPerson("alice", "Wo ist Integration in Stuttgart angebunden?"))
            .AssertReply(_ => { }, timeout: BotHarness.ReplyTimeout)
            .AssertReply(_ => { }, timeout: BotHarness.ReplyTimeout)
            .Send(FromPerson("bob", "Was steht in der Präambel von München?"))
            .AssertReply(_ => { }, timeout: BotHarness.ReplyTimeout)
            .AssertReply(_ => { }, timeout: BotHarness.ReplyTimeout)
            .Send(new Activity(ActivityTypes.InstallationUpdate) { Action = "remove", From = new ChannelAccount("alice", "Alice"), ChannelData = TeamChannelData() })
            .Send(FromPerson("alice", "Und in Frankfurt?"))
            .AssertReply(trace => Assert.Empty(((JObject)((Activity)trace).Value)["fromContext"]!.Values<string>()), timeout: BotHarness.ReplyTimeout)
            .AssertReply(_ => { }, timeout: BotHarness.ReplyTimeout)
            .StartTestAsync();
    }

    [Fact]
    public async Task Removing_the_bot_from_a_group_chat_forgets_everyone()
    {
        var storage = new MemoryStorage();
        var harness = new BotHarness(RealAnswers.Service, Channels.Msteams, storage);
        harness.Adapter.Conversation.Conversation.ConversationType = "groupChat";
        harness.Adapter.Conversation.Conversation.IsGroup = true;

        await harness.Flow()
            .Send(FromPerson("alice", "Wo ist Integration in Stuttgart angebunden?"))
            .AssertReply(_ => { }, timeout: BotHarness.ReplyTimeout)
            .AssertReply(_ => { }, timeout: BotHarness.ReplyTimeout)
            .Send(new Activity(ActivityTypes.ConversationUpdate) { MembersRemoved = [harness.Adapter.Conversation.Bot], From = new ChannelAccount("alice") })
            .StartTestAsync();

        var key = $"{Channels.Msteams}/conversations/{harness.Adapter.Conversation.Conversation.Id}";
        Assert.Empty(await storage.ReadAsync([key], CancellationToken.None));
    }

    public static TheoryData<string, Activity> QuietActivities => new()
    {
        { "meeting start without a value", new Activity(ActivityTypes.Event) { Name = "application/vnd.microsoft.meetingStart" } },
        { "meeting end without a value", new Activity(ActivityTypes.Event) { Name = "application/vnd.microsoft.meetingEnd" } },
        { "read receipt without a value", new Activity(ActivityTypes.Event) { Name = "application/vnd.microsoft.readReceipt" } },
        { "unnamed event", new Activity(ActivityTypes.Event) },
        { "channel created without channel data", new Activity(ActivityTypes.ConversationUpdate) },
        { "channel renamed", new Activity(ActivityTypes.ConversationUpdate) { ChannelData = new JObject { ["eventType"] = "channelRenamed" } } },
    };

    [Theory]
    [MemberData(nameof(QuietActivities))]
    public async Task Events_the_bot_does_not_act_on_are_ignored_quietly(string kind, Activity activity)
    {
        var harness = Channel("channel");
        activity.From = new ChannelAccount("alice", "Alice");

        await harness.Flow()
            .Send(activity)
            .AssertNoReply(kind, 500)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("task/fetch")]
    [InlineData("adaptiveCard/action")]
    [InlineData("composeExtension/fetchTask")]
    [InlineData("signin/verifyState")]
    [InlineData("something/unknown")]
    public async Task Invokes_the_bot_does_not_implement_get_a_200_without_an_apology(string name)
    {
        var harness = Channel("personal");

        await harness.Flow()
            .Send(new Activity(ActivityTypes.Invoke) { Name = name, From = new ChannelAccount("alice") })
            .AssertReply(reply =>
            {
                Assert.Equal("invokeResponse", reply.Type);
                Assert.Equal(200, ((InvokeResponse)((Activity)reply).Value).Status);
            }, name, BotHarness.ReplyTimeout)
            .AssertNoReply(name, 500)
            .StartTestAsync();
    }

    private static BotHarness Channel(string conversationType)
    {
        var harness = new BotHarness(RealAnswers.Service, Channels.Msteams);
        harness.Adapter.Conversation.Conversation.ConversationType = conversationType;
        harness.Adapter.Conversation.Conversation.IsGroup = conversationType != "personal";
        return harness;
    }

    private static Activity FromPerson(string person, string text) => new(ActivityTypes.Message)
    {
        Text = text,
        From = new ChannelAccount($"29:{person}", person) { AadObjectId = $"aad-{person}" },
        ChannelData = TeamChannelData(),
    };

    private static JObject TeamChannelData() => new()
    {
        ["teamsChannelId"] = TeamId,
        ["team"] = new JObject { ["id"] = TeamId },
    };

    private static Entity Mention(string id, string name, string text, string? type = null) => new("mention")
    {
        Properties = new JObject
        {
            ["mentioned"] = type is null ? new JObject { ["id"] = id, ["name"] = name } : new JObject { ["id"] = id, ["name"] = name, ["type"] = type },
            ["text"] = text,
        },
    };

    private static void AssertRecognition(IActivity trace, string[] cities, string[] aspects)
    {
        Assert.Equal(ActivityTypes.Trace, trace.Type);
        var value = (JObject)((Activity)trace).Value;
        Assert.Equal("Query", (string?)value["intent"]);
        Assert.Equal(cities, value["cities"]!.Values<string>());
        Assert.Equal(aspects, value["aspects"]!.Values<string>());
    }

    private static void AssertCard(IActivity reply, string containing, string? notContaining = null)
    {
        var message = Assert.IsAssignableFrom<IMessageActivity>(reply);
        var card = ((JObject)Assert.Single(message.Attachments).Content).ToString();
        Assert.Contains(containing, card, StringComparison.Ordinal);
        if (notContaining is not null)
        {
            Assert.DoesNotContain(notContaining, card, StringComparison.Ordinal);
        }

        // Teams shows the text above the card: it must not repeat the card's title; the preview is the summary.
        Assert.Null(message.Text);
        Assert.False(string.IsNullOrWhiteSpace(message.Summary));
        Assert.Contains(containing, message.Speak, StringComparison.Ordinal);
    }
}
