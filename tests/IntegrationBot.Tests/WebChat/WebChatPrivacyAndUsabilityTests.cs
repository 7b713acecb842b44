using Microsoft.Playwright;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// In Chromium against the real bot: the page asks no host but its own; links to Datenschutz, Impressum and
/// Barrierefreiheit in the footer and in the launcher's panel; example questions from the loaded synopsis; a new reply
/// lands at its start; „Neues Gespräch“; the live region reads a card's content; German times; a phone layout
/// without sideways scrolling and without an avatar column.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class WebChatPrivacyAndUsabilityTests(BrowserFixture browser, TestSynopsisBotFixture bot) : IClassFixture<TestSynopsisBotFixture>
{
    private static readonly string LongQuestion = $"{TestSynopsis.LongAspect} in {TestSynopsis.LongEntryCity}";

    [SkippableFact]
    public async Task The_page_requests_nothing_from_any_host_but_its_own_and_stores_nothing_in_the_browser()
    {
        await using var context = await NewContextAsync();
        var foreign = new List<string>();
        var own = new List<string>();
        // Every request of the page and its workers passes here; a foreign one is recorded and never leaves the machine.
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "data" or "blob" || (url.Scheme is "http" or "ws" && url.Authority == bot.Address.Authority))
            {
                own.Add(route.Request.Url);
                await route.ContinueAsync();
                return;
            }

            foreign.Add(route.Request.Url);
            await route.AbortAsync();
        });
        var page = new WebChatPage(await context.NewPageAsync());
        page.Page.WebSocket += (_, socket) => foreign.Add(socket.Url);

        await page.OpenReadyAsync(bot.Address);
        await page.AskForCardAsync(LongQuestion);
        await page.Page.Locator(".examples__question").First.ClickAsync();
        await WebChatPage.CountAtLeastAsync(page.Cards, 3);

        Assert.True(foreign.Count == 0, "requests to other hosts: " + string.Join(", ", foreign));
        // Nothing is kept in the browser either: no cookie, no storage.
        Assert.Empty(await context.CookiesAsync());
        Assert.Equal(0, await page.Page.EvaluateAsync<int>("async () => localStorage.length + sessionStorage.length + (await indexedDB.databases()).length"));
        Assert.Contains(own, url => url.EndsWith("lib/botframework-webchat/webchat.js", StringComparison.Ordinal));
        Assert.Contains(own, url => url.Contains("/v3/directline/conversations", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_footer_and_the_launchers_panel_link_to_datenschutz_impressum_and_barrierefreiheit()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);

        await AssertLegalLinksAsync(page.Page.Locator(".site-footer"), bot.Address);

        var intranet = await context.NewPageAsync();
        await intranet.GotoAsync(bot.IntranetAddress.ToString());
        await intranet.Locator("#integrationbot-launcher").ClickAsync();
        var panel = intranet.FrameLocator("#integrationbot-panel iframe");
        await panel.Locator("body[data-webchat-state='ready']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await AssertLegalLinksAsync(panel.Locator(".site-footer"), bot.Address);
        // In the panel a legal page opens in a new window instead of replacing the chat, and says so.
        Assert.Equal("_blank", await panel.GetByRole(AriaRole.Link, new FrameLocatorGetByRoleOptions { NameString = "Datenschutz (öffnet ein neues Fenster)" }).GetAttributeAsync("target"));

        var statement = await context.NewPageAsync();
        await statement.GotoAsync(new Uri(bot.Address, "barrierefreiheit.html").ToString());
        await Assertions.Expect(statement.Locator("h1")).ToHaveTextAsync("Erklärung zur Barrierefreiheit");
        await Assertions.Expect(statement.Locator("#feedback-contact a")).ToHaveAttributeAsync("href", "mailto:barrierefreiheit@stadt.example");
    }

    [SkippableFact]
    public async Task The_example_questions_come_from_the_loaded_synopsis_and_are_answered()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);

        var examples = page.Page.Locator(".examples__question");
        var titles = await examples.AllInnerTextsAsync();
        Assert.NotEmpty(titles);
        Assert.Contains(titles, title => TestSynopsis.Cities.Any(city => title.Contains(city, StringComparison.Ordinal)));
        foreach (var seedCity in new[] { "Stuttgart", "Bielefeld", "Frankfurt", "München", "Münster" })
        {
            Assert.DoesNotContain(titles, title => title.Contains(seedCity, StringComparison.Ordinal));
        }

        var cardsBefore = await page.Cards.CountAsync();
        await examples.First.ClickAsync();
        await WebChatPage.CountAtLeastAsync(page.Cards, cardsBefore + 1);
        var answer = await page.Cards.Nth(cardsBefore).InnerTextAsync();
        Assert.DoesNotContain("nicht beantworten", answer, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_long_reply_lands_at_its_start_with_the_question_in_view()
    {
        await using var context = await NewContextAsync(new ViewportSize { Width = 1280, Height = 720 });
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);
        var before = await page.Cards.CountAsync();
        await page.AskAsync(LongQuestion);
        await WebChatPage.CountAtLeastAsync(page.Cards, before + 1);
        var card = page.Cards.Nth(before);
        var transcript = page.Page.Locator(".webchat__basic-transcript__scrollable");

        // Wait until the transcript has stopped scrolling, then the card's title must be inside its view.
        await page.Page.WaitForFunctionAsync(
            """
            () => new Promise(resolve => {
              const scroller = document.querySelector('.webchat__basic-transcript__scrollable');
              let last = scroller.scrollTop, still = 0;
              const tick = () => { if (scroller.scrollTop === last) { if (++still > 10) { resolve(true); return; } } else { still = 0; last = scroller.scrollTop; } requestAnimationFrame(tick); };
              requestAnimationFrame(tick);
            })
            """);
        var view = (await transcript.BoundingBoxAsync())!;
        var title = (await card.Locator(".ac-textBlock").First.BoundingBoxAsync())!;
        var cardBox = (await card.BoundingBoxAsync())!;
        Assert.True(cardBox.Height > view.Height, $"the reply ({cardBox.Height} px) should be taller than the transcript ({view.Height} px) for this test to mean anything");
        Assert.True(title.Y >= view.Y && title.Y + title.Height <= view.Y + view.Height, $"the reply's title is at {title.Y}, outside the transcript's view {view.Y}–{view.Y + view.Height}");
        var question = (await page.UserActivities.Last.BoundingBoxAsync())!;
        Assert.True(question.Y + question.Height > view.Y, "the user's question scrolled out of view");
    }

    [SkippableFact]
    public async Task Neues_gespraech_starts_an_empty_conversation_and_puts_the_focus_in_the_send_box()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);
        await page.AskForCardAsync($"{TestSynopsis.ShortAspect} in Kiel");
        Assert.Equal(1, await page.UserActivities.CountAsync());

        await page.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { NameString = "Neues Gespräch" }).ClickAsync();

        await page.WaitUntilReadyAsync();
        await WebChatPage.CountAtLeastAsync(page.BotActivities, 1);
        Assert.Equal(0, await page.UserActivities.CountAsync());
        await Assertions.Expect(page.SendBox).ToBeFocusedAsync();
        // The new conversation has no context of the old one: a follow-up without a city is not answered for Kiel.
        await page.AskForCardAsync($"{TestSynopsis.ShortAspect} in Lübeck");
        await page.SeeAsync("Bürgermeisterbüro");
    }

    [SkippableFact]
    public async Task The_live_region_reads_the_content_of_a_card_not_only_its_buttons()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);
        // Record everything Web Chat puts into its live region (it clears it again after a moment).
        await page.Page.EvaluateAsync(
            """
            () => {
              window.__announced = [];
              new MutationObserver(() => document.querySelectorAll('#webchat [aria-live]').forEach(region => {
                const text = region.textContent.trim();
                if (text && !window.__announced.includes(text)) { window.__announced.push(text); }
              })).observe(document.getElementById('webchat'), { subtree: true, childList: true, characterData: true });
            }
            """);

        await page.AskForCardAsync($"{TestSynopsis.ShortAspect} in Kiel");

        await page.Page.WaitForFunctionAsync("() => window.__announced.some(t => t.includes('Dezernat für Soziales'))");
        var card = page.Cards.Last;
        Assert.Contains("Dezernat für Soziales", await card.GetAttributeAsync("aria-label") ?? string.Empty, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("de-DE")]
    [InlineData("en-US")]
    public async Task Times_are_german_whatever_the_browsers_language(string browserLocale)
    {
        await using var context = await NewContextAsync(locale: browserLocale);
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);
        await page.AskForCardAsync($"{TestSynopsis.ShortAspect} in Kiel");
        var status = page.Page.Locator(".webchat__activity-status").Last;
        await Assertions.Expect(status).ToContainTextAsync("Uhr");

        var text = await status.TextContentAsync() ?? string.Empty;
        Assert.Matches(@"\b([01]\d|2[0-3]):[0-5]\d Uhr", text);
        Assert.DoesNotMatch(@"\b(AM|PM)\b", text);
    }

    [SkippableTheory]
    [InlineData(320)]
    [InlineData(390)]
    public async Task On_a_phone_nothing_scrolls_sideways_and_no_avatar_column_takes_space(int width)
    {
        await using var context = await NewContextAsync(new ViewportSize { Width = width, Height = 740 });
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);
        await page.AskForCardAsync(LongQuestion);

        var overflow = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the page is {overflow} px wider than the phone");
        Assert.True(await page.Page.EvaluateAsync<bool>("() => { const l = document.querySelector('.examples__list'); return l.scrollWidth <= l.clientWidth; }"), "the example questions scroll sideways");
        Assert.Equal(0, await page.Page.Locator(".webchat__stacked-layout__avatar-gutter .webchat__defaultAvatar, .webchat__stacked-layout__avatar-gutter .webchat__initialsAvatar").CountAsync());
        var card = (await page.Cards.Last.BoundingBoxAsync())!;
        Assert.True(card.Width >= width - 60, $"the card is only {card.Width} px wide on a {width} px screen");
        Assert.True(await page.SendBox.IsVisibleAsync());
    }

    private static async Task AssertLegalLinksAsync(ILocator footer, Uri bot)
    {
        var links = footer.GetByRole(AriaRole.Link);
        var names = await links.AllInnerTextsAsync();
        Assert.Equal(["Datenschutz", "Impressum", "Barrierefreiheit"], names.Select(n => n.Replace("(öffnet ein neues Fenster)", string.Empty, StringComparison.Ordinal).Trim()));
        var hrefs = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.Equal([new Uri(bot, WebChatSettings.PrivacyUrl).ToString(), new Uri(bot, WebChatSettings.ImprintUrl).ToString(), new Uri(bot, "barrierefreiheit.html").ToString()], hrefs);
    }

    private async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null, string locale = "de-DE")
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout((float)WebChatPage.Patience.TotalMilliseconds);
        return context;
    }
}
