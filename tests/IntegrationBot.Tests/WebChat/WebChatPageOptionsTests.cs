using IntegrationBot.DirectLine;

namespace IntegrationBot.Tests.WebChat;

/// <summary>The legal links and frame ancestors are checked at startup, because they go into the page and its policy as they stand.</summary>
public sealed class WebChatPageOptionsTests
{
    [Theory]
    [InlineData("https://www.stadt.example/datenschutz")]
    [InlineData("http://intranet/impressum")]
    [InlineData("/legal/datenschutz.html")]
    [InlineData("barrierefreiheit.html")]
    public void Http_addresses_and_paths_on_this_site_are_accepted_as_links(string link)
    {
        var options = new WebChatPageOptions { PrivacyPolicyUrl = new Uri(link, UriKind.RelativeOrAbsolute) };

        Assert.True(new WebChatPageOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hallo")]
    [InlineData("ftp://stadt.example/datenschutz")]
    public void Other_schemes_are_refused_as_links(string link)
    {
        var options = new WebChatPageOptions { ImprintUrl = new Uri(link, UriKind.RelativeOrAbsolute) };

        var result = new WebChatPageOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("WebChat:ImprintUrl", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://intranet.stadt.example", true)]
    [InlineData("http://intranet:8080", true)]
    [InlineData("https://intranet.stadt.example/", true)]
    [InlineData("https://intranet.stadt.example/seite", false)]
    [InlineData("https://*.stadt.example", false)]
    [InlineData("intranet.stadt.example", false)]
    [InlineData("'self' https://evil.example", false)]
    [InlineData("https://intranet.example; script-src *", false)]
    public void Frame_ancestors_must_be_bare_origins(string origin, bool accepted)
    {
        var options = new WebChatPageOptions();
        options.FrameAncestors.Add(origin);

        Assert.Equal(accepted, new WebChatPageOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void In_local_mode_the_policy_names_no_other_origin_than_self_and_the_configured_frame_ancestors()
    {
        var page = new WebChatPageOptions();
        page.FrameAncestors.Add("https://intranet.stadt.example");

        var policy = WebChatContentSecurityPolicy.For(new DirectLineOptions { Mode = DirectLineMode.Local }, page);

        Assert.Contains("frame-ancestors 'self' https://intranet.stadt.example;", policy, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data: blob:;", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.Equal(1, CountOccurrences(policy, "https://"));
        Assert.DoesNotContain("wss:", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void In_azure_mode_the_policy_adds_only_the_configured_direct_line_service()
    {
        var directLine = new DirectLineOptions { Mode = DirectLineMode.Azure, TokenEndpoint = new Uri("https://europe.directline.botframework.com/v3/directline") };

        var policy = WebChatContentSecurityPolicy.For(directLine, new WebChatPageOptions());

        Assert.Contains("connect-src 'self' https://europe.directline.botframework.com wss://europe.directline.botframework.com;", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", policy, StringComparison.Ordinal);
    }

    private static int CountOccurrences(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
