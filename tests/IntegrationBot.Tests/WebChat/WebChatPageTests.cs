using System.Net;
using IntegrationBot.Tests.Hosting;
using Microsoft.Playwright;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// The Web Chat page in a real browser against a real Kestrel port and the local Direct Line, with the probe bot:
/// welcome, a typed question, a card button that asks a follow-up, and the German messages when something is missing.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class WebChatPageTests(BrowserFixture browser) : IAsyncLifetime
{
    private BotApplicationFactory _host = null!;

    public Task InitializeAsync()
    {
        _host = new BotApplicationFactory { ConfigureServices = ProbeBot.Register, RealSockets = true }.Started();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [SkippableFact]
    public async Task The_page_greets_answers_and_turns_a_card_button_into_a_follow_up_question()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());
        var problems = CollectProblems(page.Page);

        await page.OpenAsync(_host.BaseAddress);
        await page.WaitUntilReadyAsync();
        await page.SeeAsync(ProbeBot.Welcome);

        await page.AskAsync("Hallo Testbot");
        await page.SeeAsync("Antwort 1: Hallo Testbot");

        await page.AskAsync(ProbeBot.CardQuestion);
        await page.SeeAsync("Karte vom Testbot");
        await page.Cards.Last.Locator(".ac-pushButton", new LocatorLocatorOptions { HasText = "Frankfurt" }).ClickAsync();

        // The button's Teams messageBack data arrives as a typed question: shown as the user's message, answered as text.
        await page.SeeAsync($"Antwort 3: {ProbeBot.FollowUpQuestion}");
        Assert.Contains(ProbeBot.FollowUpQuestion, await page.UserActivities.Last.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("local", await page.Page.Locator("body").GetAttributeAsync("data-webchat-bundle"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat-probe.png") });
    }

    [SkippableFact]
    public async Task Example_questions_are_sent_with_one_click()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());

        await page.OpenAsync(_host.BaseAddress);
        await page.WaitUntilReadyAsync();
        await page.SeeAsync(ProbeBot.Welcome);
        await page.Page.Locator(".examples__question").First.ClickAsync();

        await page.SeeAsync("Antwort 1: Wo ist Integration in Stuttgart angebunden?");
    }

    [SkippableFact]
    public async Task The_page_fits_a_phone_screen_without_sideways_scrolling()
    {
        await using var context = await NewContextAsync(new ViewportSize { Width = 390, Height = 844 });
        var page = new WebChatPage(await context.NewPageAsync());

        await page.OpenAsync(_host.BaseAddress);
        await page.WaitUntilReadyAsync();
        await page.SeeAsync(ProbeBot.Welcome);
        await page.AskAsync(ProbeBot.CardQuestion);
        await page.SeeAsync("Karte vom Testbot");

        var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone screen");
        Assert.True(await page.Page.Locator("[data-id='webchat-sendbox-input']").IsVisibleAsync());
        await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "webchat-phone.png") });
    }

    [SkippableFact]
    public async Task Without_any_web_chat_bundle_the_page_says_so_in_german()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());
        await page.Page.RouteAsync("**/webchat.js", route => route.AbortAsync());

        await page.OpenAsync(_host.BaseAddress);

        await page.Page.Locator("body[data-webchat-state='error']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 90_000 });
        Assert.Contains("Der Chat konnte nicht geladen werden", await page.Status.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Page.Locator("#chat-retry").IsVisibleAsync());
    }

    [SkippableFact]
    public async Task Without_the_local_bundle_the_page_falls_back_to_the_official_cdn()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());
        await page.Page.RouteAsync("**/lib/webchat.js", route => route.FulfillAsync(new RouteFulfillOptions { Status = (int)HttpStatusCode.NotFound }));
        // This machine has no internet: the stand-in answers for the CDN with the same official bundle.
        await page.Page.RouteAsync("https://cdn.botframework.com/botframework-webchat/4.18.1/webchat.js", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = (int)HttpStatusCode.OK,
            ContentType = "text/javascript",
            Path = WebChatBundle.OutputPath,
        }));

        await page.OpenAsync(_host.BaseAddress);
        await page.WaitUntilReadyAsync();
        await page.SeeAsync(ProbeBot.Welcome);

        Assert.Equal("cdn", await page.Page.Locator("body").GetAttributeAsync("data-webchat-bundle"));
    }

    [SkippableFact]
    public async Task The_launcher_script_embeds_the_chat_in_another_intranet_page()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var embed = new Uri(_host.BaseAddress, "embed.js");
        await using var intranet = await IntranetPage.StartAsync($"""<!doctype html><html lang="de"><body><h1>Intranet</h1><script src="{embed}" defer></script></body></html>""");

        await page.GotoAsync(intranet.Address.ToString());
        await page.Locator("#integrationbot-launcher").WaitForAsync();
        Assert.Equal(0, await page.Locator("#integrationbot-panel iframe").CountAsync());
        await page.Locator("#integrationbot-launcher").ClickAsync();

        var chat = page.FrameLocator("#integrationbot-panel iframe");
        await chat.GetByText(ProbeBot.Welcome).Last.WaitForAsync();
        Assert.Equal("true", await page.Locator("#integrationbot-launcher").GetAttributeAsync("aria-expanded"));
        Assert.False(await chat.Locator(".site-header").IsVisibleAsync());
    }

    [SkippableFact]
    public async Task When_no_token_can_be_had_the_page_shows_the_servers_german_message()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());
        await page.Page.RouteAsync("**/api/directline/token", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = (int)HttpStatusCode.BadGateway,
            ContentType = "application/json",
            Body = """{"error":{"code":"TokenServiceUnavailable","message":"Der Chat ist gerade nicht erreichbar."}}""",
        }));

        await page.OpenAsync(_host.BaseAddress);

        await page.Page.Locator("body[data-webchat-state='error']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 90_000 });
        Assert.Equal("Der Chat ist gerade nicht erreichbar.", await page.Status.InnerTextAsync());
    }

    private async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "de-DE",
            ViewportSize = viewport ?? new ViewportSize { Width = 1100, Height = 850 },
        });
        context.SetDefaultTimeout(90_000);
        return context;
    }

    /// <summary>Console errors and failed requests (for example a Content-Security-Policy violation) the page runs into.</summary>
    private static List<string> CollectProblems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return problems;
    }
}
