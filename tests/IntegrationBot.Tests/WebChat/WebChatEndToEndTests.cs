using IntegrationBot.Tests.Hosting;
using Microsoft.Playwright;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// The whole product through the Web Chat page: the real host (Program), the real bot and answers, the local Direct Line
/// on a real Kestrel port and Chromium. Screenshots go to the test output, or to WEBCHAT_SCREENSHOT_DIR when set
/// (docs/ for docs/webchat.png and docs/webchat-followup.png).
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class WebChatEndToEndTests(BrowserFixture browser)
{
    private const string SeedQuestion = "Wo ist Integration in Stuttgart angebunden?";
    private const string StuttgartAnswer = "Geschäftskreis des Oberbürgermeisters";

    [SkippableFact]
    public async Task A_visitor_asks_the_seed_question_gets_stuttgarts_card_and_follows_up_with_a_card_button()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        await using var factory = new BotApplicationFactory
        {
            Settings = new Dictionary<string, string?> { ["DirectLine:Mode"] = "Local" },
            RealSockets = true,
        };
        var address = factory.BaseAddress;
        await using var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = 1200, Height = 1050 },
        });
        context.SetDefaultTimeout((float)WebChatPage.Patience.TotalMilliseconds);
        var page = new WebChatPage(await context.NewPageAsync());

        await page.OpenAsync(address);
        await page.WaitUntilReadyAsync();
        await WebChatPage.CountAtLeastAsync(page.BotActivities, 1);

        await page.AskAsync(SeedQuestion);
        await page.SeeAsync(StuttgartAnswer);
        var answer = page.Cards.Filter(new LocatorFilterOptions { HasText = StuttgartAnswer }).Last;
        await SaveScreenshotAsync(page, page.Page.GetByText(StuttgartAnswer).Last, "webchat.png");
        var cardsBefore = await page.Cards.CountAsync();
        var questionsBefore = await page.UserActivities.CountAsync();

        // A button that asks something (Action.Submit), not one that only folds text open (those have aria-expanded).
        // A comparison is the typical follow-up (and the most telling screenshot); any asking button will do.
        // Not the footer's download links (Excel, Word): they open a file, they ask nothing.
        var askingButtons = answer.Locator(".ac-pushButton:not([aria-expanded]):not([role='link'])").Filter(new LocatorFilterOptions { HasNotText = "herunterladen" });
        var comparison = askingButtons.Filter(new LocatorFilterOptions { HasText = "vergleich" });
        var followUp = await comparison.CountAsync() > 0 ? comparison.First : askingButtons.First;
        var followUpTitle = (await followUp.InnerTextAsync()).Trim();
        await followUp.ClickAsync();

        await WebChatPage.CountAtLeastAsync(page.UserActivities, questionsBefore + 1);
        await WebChatPage.CountAtLeastAsync(page.Cards, cardsBefore + 1);
        Assert.False(string.IsNullOrWhiteSpace(await page.UserActivities.Last.InnerTextAsync()), $"the click on '{followUpTitle}' showed no question");

        await SaveScreenshotAsync(page, page.UserActivities.Last, "webchat-followup.png");
    }

    [SkippableFact]
    public async Task A_card_reply_shows_the_card_alone_without_its_headline_repeated_above_it()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        await using var factory = new BotApplicationFactory
        {
            Settings = new Dictionary<string, string?> { ["DirectLine:Mode"] = "Local" },
            RealSockets = true,
        };
        var address = factory.BaseAddress;
        await using var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
        context.SetDefaultTimeout((float)WebChatPage.Patience.TotalMilliseconds);
        var page = new WebChatPage(await context.NewPageAsync());

        await page.OpenAsync(address);
        await page.WaitUntilReadyAsync();
        await WebChatPage.CountAtLeastAsync(page.BotActivities, 1);
        await page.AskAsync(SeedQuestion);
        await page.SeeAsync(StuttgartAnswer);

        // The headline "Stuttgart: Orga - Anbindung" is the activity's text and the card's title: it must appear once.
        var headline = page.Page.GetByText("Stuttgart: Orga - Anbindung", new PageGetByTextOptions { Exact = true });
        Assert.Equal(1, await headline.CountAsync());
        Assert.Equal(1, await page.Cards.Locator(":text-is('Stuttgart: Orga - Anbindung')").CountAsync());
    }

    private static async Task SaveScreenshotAsync(WebChatPage page, ILocator focus, string fileName)
    {
        // Scroll to what the screenshot is about, as a visitor would.
        await focus.ScrollIntoViewIfNeededAsync();
        var directory = Environment.GetEnvironmentVariable("WEBCHAT_SCREENSHOT_DIR") is { Length: > 0 } configured
            ? configured
            : AppContext.BaseDirectory;
        await page.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, fileName), Animations = ScreenshotAnimations.Disabled });
    }
}
