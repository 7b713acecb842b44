using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace IntegrationBot.Tests.Hosting;

/// <summary>The test host's hooks reach the real composition: the clock, the posed client address.</summary>
public sealed class BotApplicationFactoryTests
{
    [Theory]
    [InlineData(10, new[] { "aspects" })]
    [InlineData(31, new string[0])]
    public async Task The_clock_hook_decides_whether_a_follow_up_still_has_its_context(int minutesLater, string[] fromContext)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        await using var host = new BotApplicationFactory { Clock = clock };
        var conversation = $"clock-{Guid.NewGuid():N}";
        await EmulatorActivities.PostExpectingRepliesAsync(host.Client, EmulatorActivities.Message(conversation, "Wo ist Integration in Stuttgart angebunden?"));

        clock.Advance(TimeSpan.FromMinutes(minutesLater));
        var replies = await EmulatorActivities.PostExpectingRepliesAsync(host.Client, EmulatorActivities.Message(conversation, "Und in Frankfurt?"));

        var trace = replies.Single(reply => (string?)reply!["type"] == "trace")!["value"]!;
        Assert.Equal(fromContext, trace["fromContext"]!.AsArray().Select(slot => (string?)slot));
    }

    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("203.0.113.7", HttpStatusCode.Forbidden)]
    public async Task A_posed_remote_address_is_what_the_request_guards_see(string address, HttpStatusCode expected)
    {
        await using var host = new BotApplicationFactory();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(EmulatorActivities.Message($"remote-{Guid.NewGuid():N}", "Hallo").ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(BotApplicationFactory.RemoteAddressHeader, address);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }
}
