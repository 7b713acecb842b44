using System.Net;
using IntegrationBot.Tests.Hosting;

namespace IntegrationBot.Tests.WebChat;

/// <summary>The page and its assets are served from the application folder with security headers.</summary>
public sealed class WebChatPageHostingTests : IAsyncLifetime
{
    private BotApplicationFactory _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _host = new BotApplicationFactory { ConfigureServices = ProbeBot.Register }.Started();
        _http = _host.Server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task The_root_serves_the_german_web_chat_page_with_a_content_security_policy()
    {
        using var response = await _http.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("IntegrationBot – Synopse Integrationsarbeit", html, StringComparison.Ordinal);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Theory]
    [InlineData("css/webchat.css", "text/css")]
    [InlineData("js/webchat-page.js", "text/javascript")]
    [InlineData("favicon.svg", "image/svg+xml")]
    public async Task The_page_assets_are_served(string path, string mediaType)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_page_script_asks_the_bot_for_a_token_and_never_holds_a_secret()
    {
        var script = await _http.GetStringAsync(new Uri("js/webchat-page.js", UriKind.Relative));

        Assert.Contains("api/directline/token", script, StringComparison.Ordinal);
        Assert.Contains("locale: 'de-DE'", script, StringComparison.Ordinal);
        Assert.DoesNotContain("secret:", script, StringComparison.OrdinalIgnoreCase);
    }
}
