using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using IntegrationBot.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace IntegrationBot.Tests.WebChat;

/// <summary>Azure mode: the bot exchanges its Direct Line secret for a conversation token; the browser only sees the token.</summary>
public sealed class AzureTokenExchangeTests : IAsyncLifetime
{
    private const string Secret = "geheimes-direct-line-secret";

    private TokenServiceStandIn _service = null!;

    public async Task InitializeAsync() => _service = await TokenServiceStandIn.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task The_secret_is_exchanged_on_the_server_for_a_token_bound_to_the_visitor()
    {
        await using var host = await AzureHost(_service.Address);
        using var http = host.Server.CreateClient();

        using var response = await http.PostAsync(new Uri("api/directline/token", UriKind.Relative), content: null);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text)!.AsObject();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("azure", body["mode"]!.GetValue<string>());
        Assert.Equal(TokenServiceStandIn.IssuedToken, body["token"]!.GetValue<string>());
        Assert.Equal(TokenServiceStandIn.IssuedConversation, body["conversationId"]!.GetValue<string>());
        Assert.Equal(3600, body["expiresIn"]!.GetValue<int>());
        Assert.Equal(_service.Address.ToString().TrimEnd('/') + "/v3/directline", body["domain"]!.GetValue<string>());
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);

        var (authorization, sent) = Assert.Single(_service.Requests);
        Assert.Equal($"Bearer {Secret}", authorization);
        Assert.Equal(body["userId"]!.GetValue<string>(), sent!["user"]!["id"]!.GetValue<string>());
        Assert.StartsWith("dl_", body["userId"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_visitor_gets_an_own_user_id()
    {
        await using var host = await AzureHost(_service.Address);
        using var http = host.Server.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var response = await http.PostAsync(new Uri("api/directline/token", UriKind.Relative), content: null);
            response.EnsureSuccessStatusCode();
        }

        Assert.Equal(3, _service.Requests.Select(request => request.Body!["user"]!["id"]!.GetValue<string>()).Distinct().Count());
    }

    [Theory]
    [InlineData(StatusCodes.Status500InternalServerError)]
    [InlineData(StatusCodes.Status403Forbidden)]
    [InlineData(StatusCodes.Status503ServiceUnavailable)]
    public async Task A_failing_token_service_is_a_bad_gateway_with_a_german_message(int serviceStatus)
    {
        _service.StatusCode = serviceStatus;
        await using var host = await AzureHost(_service.Address);
        using var http = host.Server.CreateClient();

        using var response = await http.PostAsync(new Uri("api/directline/token", UriKind.Relative), content: null);

        await AssertBadGatewayAsync(response);
    }

    [Fact]
    public async Task An_unreachable_token_service_is_a_bad_gateway_with_a_german_message()
    {
        await using var host = await AzureHost(new Uri($"http://127.0.0.1:{UnusedPort()}"));
        using var http = host.Server.CreateClient();

        using var response = await http.PostAsync(new Uri("api/directline/token", UriKind.Relative), content: null);

        await AssertBadGatewayAsync(response);
    }

    [Fact]
    public async Task The_local_direct_line_is_not_offered_in_azure_mode()
    {
        await using var host = await AzureHost(_service.Address);
        using var http = host.Server.CreateClient();

        using var response = await http.PostAsync(new Uri("v3/directline/conversations", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Azure_mode_without_a_secret_refuses_to_start()
    {
        var settings = new Dictionary<string, string?> { ["DirectLine:Mode"] = "Azure" };

        using var host = new BotApplicationFactory { Settings = settings, ConfigureServices = ProbeBot.Register };

        var failure = Assert.Throws<OptionsValidationException>(() => host.Started());

        Assert.Contains("DirectLine:Secret", failure.Message, StringComparison.Ordinal);
    }

    private static Task<BotApplicationFactory> AzureHost(Uri tokenEndpoint) => Task.FromResult(new BotApplicationFactory
    {
        Settings = new Dictionary<string, string?>
        {
            ["DirectLine:Mode"] = "Azure",
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:TokenEndpoint"] = tokenEndpoint.ToString(),
            ["DirectLine:TokenRequestTimeout"] = "00:00:30",
        },
        ConfigureServices = ProbeBot.Register,
    }.Started());

    private static async Task AssertBadGatewayAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("nicht erreichbar", JsonNode.Parse(text)!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
