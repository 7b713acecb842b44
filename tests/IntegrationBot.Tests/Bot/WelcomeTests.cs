using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Moq;

namespace IntegrationBot.Tests.Bot;

/// <summary>The welcome appears once, when the bot itself joins or is installed: never per member, never twice in Teams.</summary>
public sealed class WelcomeTests
{
    [Fact]
    public async Task Emulator_conversation_start_with_bot_and_user_welcomes_once()
    {
        var answers = FakeAnswers.Create();
        var harness = new BotHarness(answers.Object, Channels.Emulator);

        await harness.Flow()
            .Send(MembersAdded(harness.Adapter, harness.Adapter.Conversation.User, harness.Adapter.Conversation.Bot))
            .AssertReply(IsWelcome, timeout: BotHarness.ReplyTimeout)
            .AssertNoReply(timeout: 500)
            .StartTestAsync();

        answers.Verify(a => a.Welcome(), Times.Once);
    }

    [Theory]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.Directline)]
    public async Task Bot_joining_alone_is_welcomed(string channelId)
    {
        var answers = FakeAnswers.Create();
        var harness = new BotHarness(answers.Object, channelId);

        await harness.Flow()
            .Send(MembersAdded(harness.Adapter, harness.Adapter.Conversation.Bot))
            .AssertReply(IsWelcome, channelId, BotHarness.ReplyTimeout)
            .StartTestAsync();
    }

    [Theory]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.Directline)]
    public async Task Other_members_joining_get_no_welcome(string channelId)
    {
        var answers = FakeAnswers.Create();
        var harness = new BotHarness(answers.Object, channelId);

        await harness.Flow()
            .Send(MembersAdded(harness.Adapter, harness.Adapter.Conversation.User, new ChannelAccount("colleague", "Kollegin")))
            .AssertNoReply(channelId, 1_000)
            .StartTestAsync();

        answers.Verify(a => a.Welcome(), Times.Never);
    }

    [Fact]
    public async Task Teams_installation_welcomes_once_although_the_bot_is_also_reported_as_added()
    {
        var answers = FakeAnswers.Create();
        var harness = new BotHarness(answers.Object, Channels.Msteams);

        await harness.Flow()
            .Send(Installation("add"))
            .AssertReply(IsWelcome, timeout: BotHarness.ReplyTimeout)
            .Send(MembersAdded(harness.Adapter, harness.Adapter.Conversation.User, harness.Adapter.Conversation.Bot))
            .AssertNoReply(timeout: 1_000)
            .StartTestAsync();

        answers.Verify(a => a.Welcome(), Times.Once);
    }

    [Theory]
    [InlineData("add-upgrade")]
    [InlineData("remove")]
    [InlineData("remove-upgrade")]
    public async Task Teams_updates_and_removals_get_no_welcome(string action)
    {
        var answers = FakeAnswers.Create();
        var harness = new BotHarness(answers.Object, Channels.Msteams);

        await harness.Flow()
            .Send(Installation(action))
            .AssertNoReply(action, 1_000)
            .StartTestAsync();

        answers.Verify(a => a.Welcome(), Times.Never);
    }

    [Fact]
    public async Task Teams_member_joining_a_team_gets_no_welcome_and_no_roster_lookup()
    {
        var answers = FakeAnswers.Create();
        var harness = new BotHarness(answers.Object, Channels.Msteams);

        // A roster lookup would call the Bot Connector, which a TestAdapter does not have: the turn would fail with an apology.
        await harness.Flow()
            .Send(MembersAdded(harness.Adapter, new ChannelAccount("29:new-colleague", "Neue Kollegin")))
            .AssertNoReply(timeout: 1_000)
            .StartTestAsync();

        answers.Verify(a => a.Welcome(), Times.Never);
        answers.Verify(a => a.Error(), Times.Never);
    }

    private static Activity MembersAdded(TestAdapter adapter, params ChannelAccount[] members) => new(ActivityTypes.ConversationUpdate)
    {
        MembersAdded = members,
        Recipient = adapter.Conversation.Bot,
    };

    private static Activity Installation(string action) => new(ActivityTypes.InstallationUpdate) { Action = action };

    private static void IsWelcome(IActivity activity)
    {
        var message = Assert.IsAssignableFrom<IMessageActivity>(activity);
        Assert.Equal(FakeAnswers.Welcome.Text, message.Text ?? message.Summary);
        Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(message.Attachments).ContentType);
    }
}
