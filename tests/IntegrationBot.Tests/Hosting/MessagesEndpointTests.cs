using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Tests.Bot;
using Microsoft.Extensions.Options;
using Moq;

namespace IntegrationBot.Tests.Hosting;

/// <summary>POST /api/messages through the real host, as the Emulator does it (anonymous, expectReplies).</summary>
public sealed class MessagesEndpointTests
{
    private const string SeedQuestion = "Wo ist Integration in Stuttgart angebunden?";

    [Fact]
    public async Task Expect_replies_response_carries_the_complete_trace_and_the_card()
    {
        await using var factory = new BotApplicationFactory(FakeAnswers.Create().Object);
        using var client = factory.CreateClient();

        var replies = await EmulatorActivities.PostExpectingRepliesAsync(client, EmulatorActivities.Message("http-trace", SeedQuestion));

        Assert.Equal(["trace", "message"], replies.Select(reply => (string?)reply!["type"]));
        var trace = replies[0]!;
        Assert.Equal("IntegrationBot.Recognition", (string?)trace["name"]);
        Assert.Equal("Recognition", (string?)trace["label"]);
        Assert.Equal("IntegrationBot.Recognition", (string?)trace["valueType"]);
        var value = trace["value"]!.AsObject();
        Assert.Equal(
            ["intent", "score", "cities", "aspects", "unknownCities", "searchTerms", "results", "fromContext"],
            value.Select(property => property.Key));
        Assert.Equal("Query", (string?)value["intent"]);
        Assert.Equal(["Stuttgart"], value["cities"]!.AsArray().Select(city => (string?)city));
        Assert.Equal(["Orga - Anbindung"], value["aspects"]!.AsArray().Select(aspect => (string?)aspect));

        var message = replies[1]!;
        Assert.Equal($"Antwort auf: {SeedQuestion}", (string?)message["text"]);
        Assert.Equal("acceptingInput", (string?)message["inputHint"]);
        var attachment = message["attachments"]!.AsArray().Single()!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal($"Antwort auf: {SeedQuestion}", (string?)attachment["content"]!["body"]![0]!["text"]);
        Assert.Equal(EmulatorActivities.UserId, (string?)message["recipient"]!["id"]);
        Assert.Equal("http-trace", (string?)message["conversation"]!["id"]);
    }

    [Fact]
    public async Task Emulator_conversation_start_gets_one_welcome_card()
    {
        await using var factory = new BotApplicationFactory(FakeAnswers.Create().Object);
        using var client = factory.CreateClient();

        var replies = await EmulatorActivities.PostExpectingRepliesAsync(client, EmulatorActivities.ConversationStart("http-welcome"));

        var welcome = Assert.Single(replies)!;
        Assert.Equal(FakeAnswers.Welcome.Text, (string?)welcome["text"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)welcome["attachments"]![0]!["contentType"]);
    }

    [Fact]
    public async Task Card_click_from_the_Emulator_is_answered_like_the_typed_question()
    {
        await using var factory = new BotApplicationFactory(FakeAnswers.Create().Object);
        using var client = factory.CreateClient();

        var replies = await EmulatorActivities.PostExpectingRepliesAsync(
            client, EmulatorActivities.Message("http-submit", text: null, value: new JsonObject { ["question"] = SeedQuestion }));

        Assert.Equal($"Antwort auf: {SeedQuestion}", (string?)replies.Last()!["text"]);
    }

    [Fact]
    public async Task Failing_turn_answers_with_the_apology_and_no_exception_text()
    {
        var answers = FakeAnswers.Create();
        answers.Setup(a => a.Answer(SeedQuestion, It.IsAny<IntegrationBot.Core.Understanding.ConversationContext>(), It.IsAny<DateTimeOffset>()))
            .Throws(new InvalidOperationException("Geheimnis im Stacktrace"));
        await using var factory = new BotApplicationFactory(answers.Object);
        using var client = factory.CreateClient();

        var replies = await EmulatorActivities.PostExpectingRepliesAsync(client, EmulatorActivities.Message("http-error", SeedQuestion));

        var apology = replies.Single(reply => (string?)reply!["type"] == "message")!;
        Assert.Equal(FakeAnswers.Apology.Text, (string?)apology["text"]);
        Assert.DoesNotContain("Geheimnis", apology.ToJsonString(), StringComparison.Ordinal);
        // The Emulator (and only the Emulator) learns the reason from a trace.
        Assert.Contains(replies, reply => (string?)reply!["type"] == "trace" && (string?)reply["label"] == "TurnError");
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("[]")]
    [InlineData("")]
    public async Task A_body_that_is_not_an_activity_is_a_client_error(string body)
    {
        await using var factory = new BotApplicationFactory(FakeAnswers.Create().Object);
        using var client = factory.CreateClient();

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/messages", content);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task With_an_app_id_configured_unauthenticated_requests_are_rejected()
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = "6f1f4a8e-3d2c-4b7a-9e0f-1a2b3c4d5e6f",
            ["MicrosoftAppPassword"] = "test-only-not-a-secret",
        };
        await using var factory = new BotApplicationFactory(FakeAnswers.Create().Object, settings);
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(
            "/api/messages",
            new StringContent(EmulatorActivities.Message("http-auth", SeedQuestion).ToJsonString(), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Invalid_authentication_settings_stop_the_host_from_starting()
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "6f1f4a8e-3d2c-4b7a-9e0f-1a2b3c4d5e6f",
            ["MicrosoftAppPassword"] = "test-only-not-a-secret",
        };
        await using var factory = new BotApplicationFactory(FakeAnswers.Create().Object, settings);

        var failure = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("MicrosoftAppTenantId", failure.Message, StringComparison.Ordinal);
    }
}
