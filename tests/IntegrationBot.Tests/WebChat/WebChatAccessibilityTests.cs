using Microsoft.Playwright;
using Xunit.Abstractions;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// axe-core (WCAG 2.0/2.1 A and AA, the BITV 2.0 level) finds nothing on the real page with the real bot: on the welcome,
/// after answers that show every card kind, at 1280 and 320 CSS px, at 200 % zoom, and inside the launcher's panel.
/// Each state's result is written to the test output (a table for the closing note); screenshots go to the test output
/// folder, or to WEBCHAT_SCREENSHOT_DIR (docs/webchat) when set.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class WebChatAccessibilityTests(BrowserFixture browser, SeedBotFixture bot, ITestOutputHelper output) : IClassFixture<SeedBotFixture>
{
    /// <summary>One question per card kind, each with the start of the card title that proves the kind was shown.</summary>
    public static readonly (string Question, string Kind, string TitleStart)[] EveryCardKind =
    [
        ("Vergleiche Orga - Anbindung von Bielefeld und Frankfurt", "comparison of 2 cities", "Vergleich"),
        ("Vergleiche Bielefeld, Frankfurt und Stuttgart", "comparison of 3 cities", "Vergleich"),
        ("Vergleiche Bielefeld, Frankfurt, Stuttgart, München und Münster", "comparison of 5 cities", "Vergleich"),
        ("Was weißt du über Stuttgart?", "city profile", "Stuttgart: alle Aspekte"),
        ("Welche Aspekte gibt es?", "coverage table", "Aspekte der Synopse"),
        ("Welche Städte haben eine Flüchtlingsberatung?", "search", "Suche"),
        ("Wo finde ich einen Parkplatz in Frankfurt?", "„Meinten Sie“", "Meinten Sie"),
        ("Hilfe", "help", "So können Sie mich fragen"),
    ];

    [SkippableTheory]
    [InlineData(1280, 900)]
    [InlineData(320, 640)]
    public async Task The_welcome_has_no_accessibility_violations(int width, int height)
    {
        await using var context = await NewContextAsync(width, height);
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);

        await AssertNoViolationsAsync(page.Page.MainFrame, $"welcome, {width} px");
    }

    [SkippableTheory]
    [InlineData(1280, 900, "webchat-1280.png")]
    [InlineData(320, 640, "webchat-320.png")]
    public async Task Answers_of_every_card_kind_have_no_accessibility_violations(int width, int height, string screenshot)
    {
        await using var context = await NewContextAsync(width, height);
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);

        foreach (var (question, kind, titleStart) in EveryCardKind)
        {
            var card = await page.AskForCardAsync(question);
            var title = (await card.Locator(".ac-textBlock").First.InnerTextAsync()).Trim();
            Assert.True(title.StartsWith(titleStart, StringComparison.Ordinal), $"'{question}' should show a {kind} card, but its title is '{title}'");
        }

        await AssertNoViolationsAsync(page.Page.MainFrame, $"after every card kind, {width} px");
        await AssertReflowsAsync(page.Page);
        await ScreenshotAsync(page.Page, screenshot, page.Cards.Nth(3));
    }

    [SkippableFact]
    public async Task At_200_percent_zoom_the_page_reflows_keeps_its_footer_and_has_no_violations()
    {
        // 200 % zoom of a 1280 × 900 window is a 640 × 450 CSS-pixel viewport drawn at twice the pixel density.
        await using var context = await NewContextAsync(640, 450, deviceScaleFactor: 2);
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);
        await page.AskForCardAsync(EveryCardKind[0].Question);
        await page.AskForCardAsync(EveryCardKind[4].Question);

        await AssertReflowsAsync(page.Page);
        await AssertNoViolationsAsync(page.Page.MainFrame, "200 % zoom (640 CSS px)");
        await ScreenshotAsync(page.Page, "webchat-zoom-200.png", page.Cards.Last);
    }

    [SkippableFact]
    public async Task At_400_percent_zoom_nothing_shrinks_to_nothing_and_the_footer_stays()
    {
        // 400 % of a 1280 px window: 320 CSS px wide and very short; WCAG 1.4.10 asks for no loss of content there.
        await using var context = await NewContextAsync(320, 225, deviceScaleFactor: 4);
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);

        await AssertReflowsAsync(page.Page);
        await AssertNoViolationsAsync(page.Page.MainFrame, "400 % zoom (320 × 225 CSS px)");
    }

    [SkippableFact]
    public async Task Inside_the_launchers_panel_the_chat_has_no_violations()
    {
        await using var context = await NewContextAsync(1280, 900);
        var page = await context.NewPageAsync();
        await page.GotoAsync(bot.IntranetAddress.ToString());
        await page.Locator("#integrationbot-launcher").ClickAsync();
        var frameElement = page.Locator("#integrationbot-panel iframe");
        await frameElement.WaitForAsync();
        var frame = (await (await frameElement.ElementHandleAsync()).ContentFrameAsync())!;
        await frame.Locator("body[data-webchat-state='ready']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await WebChatPage.CountAtLeastAsync(frame.Locator(".webchat__stacked-layout .ac-adaptiveCard"), 1);
        var input = frame.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(EveryCardKind[4].Question);
        await input.PressAsync("Enter");
        await WebChatPage.CountAtLeastAsync(frame.Locator(".webchat__stacked-layout .ac-adaptiveCard"), 2);

        await AssertNoViolationsAsync(frame, "embed panel (inside the frame)");
        await AssertNoViolationsAsync(page.MainFrame, "embed panel (intranet page with launcher)");
        await ScreenshotAsync(page, "webchat-embed.png", null);
    }

    private async Task AssertNoViolationsAsync(IFrame frame, string state)
    {
        AxeAudit.SkipUnlessInstalled();
        var violations = await AxeAudit.RunAsync(frame);
        var passed = await AxeAudit.PassedRulesAsync(frame);
        output.WriteLine($"axe | {state} | {violations.Count} violations | {passed} rules passed");
        Assert.True(violations.Count == 0, $"{state}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    /// <summary>No sideways scrolling; every example question and the footer are really there (not squeezed to 0 px).</summary>
    private static async Task AssertReflowsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page scrolls sideways by {overflow} px");
        var collapsed = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('.examples__question, .site-footer, .site-footer a:not([hidden]), #chat-new, [data-id="webchat-sendbox-input"]')]
              .filter(e => { const r = e.getBoundingClientRect(); return r.width < 1 || r.height < 1; })
              .map(e => e.className || e.tagName)
            """);
        Assert.True(collapsed.Length == 0, "shrunk to nothing: " + string.Join(", ", collapsed));
        var clipped = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('#webchat .ac-pushButton')]
              .filter(b => b.getClientRects().length > 0 && (b.scrollWidth > b.clientWidth + 1 || [...b.querySelectorAll('*')].some(c => c.scrollWidth > c.clientWidth + 1)))
              .map(b => b.textContent.trim())
            """);
        Assert.True(clipped.Length == 0, "card buttons cut off: " + string.Join(", ", clipped));
    }

    private async Task<IBrowserContext> NewContextAsync(int width, int height, float deviceScaleFactor = 1)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = deviceScaleFactor,
        });
        context.SetDefaultTimeout((float)WebChatPage.Patience.TotalMilliseconds);
        return context;
    }

    internal static async Task ScreenshotAsync(IPage page, string fileName, ILocator? scrollTo)
    {
        if (scrollTo is not null)
        {
            await scrollTo.ScrollIntoViewIfNeededAsync();
        }

        var directory = Environment.GetEnvironmentVariable("WEBCHAT_SCREENSHOT_DIR") is { Length: > 0 } configured ? configured : AppContext.BaseDirectory;
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, fileName), Animations = ScreenshotAnimations.Disabled });
    }
}
