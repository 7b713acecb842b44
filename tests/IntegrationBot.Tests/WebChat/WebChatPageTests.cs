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
    public async Task Without_the_web_chat_bundle_the_page_says_so_in_german_names_the_fix_and_loads_nothing_from_elsewhere()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());
        await page.Page.RouteAsync("**/webchat.js", route => route.FulfillAsync(new RouteFulfillOptions { Status = (int)HttpStatusCode.NotFound }));
        var scripts = new List<string>();
        page.Page.Request += (_, request) =>
        {
            if (request.ResourceType == "script")
            {
                scripts.Add(request.Url);
            }
        };

        await page.OpenAsync(_host.BaseAddress);

        await page.Page.Locator("body[data-webchat-state='error']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 90_000 });
        var message = await page.Status.InnerTextAsync();
        Assert.Contains("Der Chat kann nicht angezeigt werden", message, StringComparison.Ordinal);
        Assert.Contains("scripts/update-webchat.sh", message, StringComparison.Ordinal);
        Assert.True(await page.Page.Locator("#chat-retry").IsVisibleAsync());
        Assert.All(scripts, url => Assert.StartsWith(_host.BaseAddress.ToString(), url, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_launcher_script_embeds_the_chat_in_another_intranet_page()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        BotApplicationFactory? bot = null;
        await using var intranet = await IntranetPage.StartAsync(() => IntranetPage.WithLauncher(bot!.BaseAddress));
        // The intranet's origin must be allowed to frame the chat (Content-Security-Policy frame-ancestors).
        await using var host = bot = new BotApplicationFactory
        {
            Settings = new Dictionary<string, string?> { ["WebChat:FrameAncestors:0"] = intranet.Origin },
            ConfigureServices = ProbeBot.Register,
            RealSockets = true,
        }.Started();

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
