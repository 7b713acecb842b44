using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using IntegrationBot.Authentication;
using IntegrationBot.Performance;
using IntegrationBot.Tests.Hosting;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace IntegrationBot.Tests.Performance;

public sealed class CachingBotFrameworkAuthenticationTests
{
    private const string AppId = "2f1e8c1a-5b7d-4c39-9e0a-7d3f6b2a9c41";

    private static readonly Dictionary<string, string?> Anonymous = new();

    private static readonly Dictionary<string, string?> Authenticated = new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
    };

    [Fact]
    public async Task The_registration_wraps_the_sdk_authentication()
    {
        await using var host = AnsweringBot.Host(Anonymous, compactResponses: false);

        Assert.IsType<CachingBotFrameworkAuthentication>(host.Services.GetRequiredService<BotFrameworkAuthentication>());
    }

    [Fact]
    public async Task Client_caching_off_leaves_the_sdk_authentication_as_it_is()
    {
        await using var host = AnsweringBot.Host(new Dictionary<string, string?> { ["Performance:ClientCaching"] = "false" }, compactResponses: false);

        // The host's composition without the caching step: the SDK's authentication, failing closed, nothing else.
        Assert.IsType<FailClosedBotFrameworkAuthentication>(host.Services.GetRequiredService<BotFrameworkAuthentication>());
    }

    [Fact]
    public void Without_a_registered_authentication_the_registration_says_what_is_missing()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddBotFrameworkAuthenticationCaching());

        Assert.Contains("BotFrameworkAuthentication", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factory_registration_is_decorated_and_keeps_its_lifetime()
    {
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton<BotFrameworkAuthentication>(sp => new ConfigurationBotFrameworkAuthentication(sp.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()));

        services.AddBotFrameworkAuthenticationCaching();
        using var provider = services.BuildServiceProvider();

        var registration = Assert.Single(services, d => d.ServiceType == typeof(BotFrameworkAuthentication));
        Assert.Equal(ServiceLifetime.Singleton, registration.Lifetime);
        Assert.Same(provider.GetRequiredService<BotFrameworkAuthentication>(), provider.GetRequiredService<BotFrameworkAuthentication>());
        Assert.IsType<CachingBotFrameworkAuthentication>(provider.GetRequiredService<BotFrameworkAuthentication>());
    }

    [Fact]
    public async Task Replies_to_normal_activities_reach_the_connector_on_every_turn_over_one_shared_client()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        await using var host = AnsweringBot.Host(Anonymous, compactResponses: false);

        foreach (var (text, conversation) in new[] { ("Hallo", "c-1"), ("Und in Frankfurt?", "c-1"), ("Danke", "c-2") })
        {
            using var response = await host.PostAsync(AnsweringBot.Message(text, conversation, connector.ServiceUrl));
            Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode} for '{text}'");
        }

        var messages = connector.Received.Where(a => (string?)a["type"] == "message").ToList();
        Assert.Equal(["Antwort: Hallo", "Antwort: Und in Frankfurt?", "Antwort: Danke"], messages.Select(a => (string?)a["text"]));
        Assert.Equal(["c-1", "c-1", "c-2"], messages.Select(a => (string?)a["conversation"]?["id"]));
        Assert.Equal(1, host.Services.GetRequiredService<ConnectorClientCache>().Count);
    }

    [Fact]
    public async Task Expect_replies_turns_answer_in_the_http_response_without_calling_the_connector()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        await using var host = AnsweringBot.Host(Anonymous, compactResponses: false);

        using var response = await host.PostAsync(AnsweringBot.Message("Hallo", "c-3", connector.ServiceUrl, "expectReplies"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Antwort: Hallo", (string?)body?["activities"]?[1]?["text"]);
        Assert.Empty(connector.Received);
    }

    public static TheoryData<string?> BadAuthorizations() => new()
    {
        null,
        "",
        "Bearer",
        "Basic dXNlcjpwYXNzd29yZA==",
        "Bearer " + TokenFromUnknownIssuer(),
        "Bearer " + TokenFromUnknownIssuer() + "tampered",
    };

    // Only what the SDK itself answers with 401. (A bearer value that is not a JWT at all makes the SDK throw
    // SecurityTokenMalformedException; the host's fail-closed authentication turns that into 401 as well.)
    [Theory]
    [MemberData(nameof(BadAuthorizations))]
    public async Task Requests_without_a_valid_token_are_still_refused(string? authorization)
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        await using var host = AnsweringBot.Host(Authenticated, compactResponses: false);

        using var response = await host.PostAsync(AnsweringBot.Message("Hallo", "c-4", connector.ServiceUrl), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, AnsweringBot.Of(host).Turns);
        Assert.Empty(connector.Received);
    }

    // Well-formed and signed, for this bot's app id, but not issued by the Bot Framework: refused before any metadata is fetched.
    private static string TokenFromUnknownIssuer()
    {
        var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32));
        var token = new JwtSecurityToken(
            issuer: "https://attacker.example/",
            audience: AppId,
            claims: [new("serviceurl", "http://127.0.0.1:9/")],
            notBefore: DateTime.UtcNow.AddMinutes(-1),
            expires: DateTime.UtcNow.AddMinutes(10),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
