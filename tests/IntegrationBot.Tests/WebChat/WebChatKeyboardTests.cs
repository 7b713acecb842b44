using Microsoft.Playwright;

namespace IntegrationBot.Tests.WebChat;

/// <summary>
/// The page by keyboard alone, in Chromium against the real bot: reach the send box and ask; reach a card button in
/// the transcript with Web Chat's model (arrow keys select an activity, Enter enters it, Tab moves between its
/// buttons, Enter presses); unfold and fold a long entry with the focus staying on the toggle; open, use and close the
/// launcher with Escape.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public sealed class WebChatKeyboardTests(BrowserFixture browser, TestSynopsisBotFixture bot) : IClassFixture<TestSynopsisBotFixture>
{
    private const int MaxTabs = 40;

    private static readonly string LongQuestion = $"{TestSynopsis.LongAspect} in {TestSynopsis.LongEntryCity}";

    [SkippableFact]
    public async Task Tab_reaches_the_send_box_and_enter_sends_the_question()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);

        await TabUntilAsync(page, "[data-id='webchat-sendbox-input']");
        await page.Page.Keyboard.TypeAsync($"{TestSynopsis.ShortAspect} in Lübeck");
        await page.Page.Keyboard.PressAsync("Enter");

        await page.SeeAsync("Bürgermeisterbüro");
        Assert.Contains($"{TestSynopsis.ShortAspect} in Lübeck", await page.UserActivities.Last.InnerTextAsync(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Arrow_keys_and_enter_reach_and_press_a_card_button_in_the_transcript()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);
        var card = await page.AskForCardAsync($"{TestSynopsis.ShortAspect} in Kiel");
        await card.GetByText("Dezernat für Soziales").WaitForAsync();
        var questionsBefore = await page.UserActivities.CountAsync();
        var cardsBefore = await page.Cards.CountAsync();

        // From the send box, Shift+Tab goes back into the transcript; the arrow key selects the newest activity.
        await page.SendBox.FocusAsync();
        await ShiftTabUntilAsync(page, ".webchat__basic-transcript__terminator, .webchat__basic-transcript");
        await page.Page.Keyboard.PressAsync("ArrowUp");
        await page.Page.Keyboard.PressAsync("Enter");
        var focused = await page.Page.EvaluateAsync<string>("() => document.activeElement.closest('.ac-adaptiveCard') ? document.activeElement.textContent.trim() : ''");
        Assert.False(string.IsNullOrEmpty(focused), $"Enter on the activity should move the focus to its first card button, it is on {await page.FocusedAsync()}");
        Assert.Equal("button", await page.Page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase()"));
        // The footer's download links (Excel, Word) come first in the card; Tab moves on to the first follow-up question.
        for (var i = 0; i < 4 && focused.Contains("herunterladen", StringComparison.Ordinal); i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            focused = await page.Page.EvaluateAsync<string>("() => document.activeElement.closest('.ac-adaptiveCard') ? document.activeElement.textContent.trim() : ''");
        }

        Assert.DoesNotContain("herunterladen", focused, StringComparison.Ordinal);
        await page.Page.Keyboard.PressAsync("Enter");

        await WebChatPage.CountAtLeastAsync(page.UserActivities, questionsBefore + 1);
        await WebChatPage.CountAtLeastAsync(page.Cards, cardsBefore + 1);
        Assert.False(string.IsNullOrWhiteSpace(await page.UserActivities.Last.InnerTextAsync()), $"pressing '{focused}' asked nothing");
    }

    [SkippableFact]
    public async Task A_long_entry_unfolds_and_folds_by_keyboard_and_the_focus_stays_on_the_toggle()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);
        var card = await page.AskForCardAsync(LongQuestion);
        var hidden = card.GetByText(TestSynopsis.HiddenParagraph);
        var more = card.Locator(".ac-pushButton", new LocatorLocatorOptions { HasText = "Mehr anzeigen" });
        await more.WaitForAsync();
        Assert.False(await hidden.IsVisibleAsync());
        Assert.Equal("false", await more.GetAttributeAsync("aria-expanded"));

        await more.FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");

        await hidden.WaitForAsync();
        var less = card.Locator(".ac-pushButton", new LocatorLocatorOptions { HasText = "Weniger anzeigen" });
        await Assertions.Expect(less).ToBeFocusedAsync();
        Assert.Equal("true", await less.GetAttributeAsync("aria-expanded"));

        await page.Page.Keyboard.PressAsync("Enter");

        await hidden.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        await Assertions.Expect(more).ToBeFocusedAsync();
        Assert.Equal("false", await more.GetAttributeAsync("aria-expanded"));
        // The shown/hidden containers carry no aria-expanded (not allowed on them); only the toggle buttons do.
        Assert.Equal(0, await card.Locator("[aria-expanded]:not(.ac-pushButton)").CountAsync());
    }

    [SkippableFact]
    public async Task The_launcher_opens_into_the_chat_answers_and_closes_with_escape_returning_the_focus()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(bot.IntranetAddress.ToString());
        var launcher = page.Locator("#integrationbot-launcher");
        await launcher.WaitForAsync();

        await TabUntilAsync(new WebChatPage(page), "#integrationbot-launcher");
        await page.Keyboard.PressAsync("Enter");

        // The focus moves into the panel, and once the chat has loaded into its send box.
        var frame = page.FrameLocator("#integrationbot-panel iframe");
        var input = frame.Locator("[data-id='webchat-sendbox-input']");
        await Assertions.Expect(input).ToBeFocusedAsync();
        Assert.Equal("true", await launcher.GetAttributeAsync("aria-expanded"));
        await page.Keyboard.TypeAsync($"{TestSynopsis.ShortAspect} in Flensburg");
        await page.Keyboard.PressAsync("Enter");
        await frame.GetByText("Fachbereich Integration").Last.WaitForAsync();

        await page.Keyboard.PressAsync("Escape");

        await page.Locator("#integrationbot-panel").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        await Assertions.Expect(launcher).ToBeFocusedAsync();
        Assert.Equal("false", await launcher.GetAttributeAsync("aria-expanded"));

        // Reopened, the same conversation is there; the close button closes it too and returns the focus.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(input).ToBeFocusedAsync();
        await page.Locator("#integrationbot-close").ClickAsync();
        await Assertions.Expect(launcher).ToBeFocusedAsync();
    }

    [SkippableFact]
    public async Task Every_focus_indicator_of_the_page_has_at_least_3_to_1_contrast()
    {
        await using var context = await NewContextAsync();
        var page = new WebChatPage(await context.NewPageAsync());
        await page.OpenReadyAsync(bot.Address);
        var checkedControls = new List<string>();

        // Walk the page by Tab (so :focus-visible applies, as for a keyboard user) and measure each indicator of our own.
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            var measured = await page.Page.EvaluateAsync<string?>(FocusIndicatorContrast);
            if (measured is null)
            {
                continue;
            }

            checkedControls.Add(measured);
            var ratio = double.Parse(measured.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(ratio >= 3, $"focus indicator below 3:1: {measured}");
        }

        Assert.Contains(checkedControls, c => c.Contains("examples__question", StringComparison.Ordinal));
        Assert.Contains(checkedControls, c => c.Contains("chat__new", StringComparison.Ordinal));
        Assert.Contains(checkedControls, c => c.Contains("sendbox", StringComparison.Ordinal));
    }

    /// <summary>
    /// For the focused element of the page itself (not Web Chat's transcript internals): the contrast of its outline, or
    /// of the send box's focus frame, against the background behind it; null for elements the page does not style.
    /// </summary>
    private const string FocusIndicatorContrast =
        """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e === document.documentElement) return null;
          const rgb = c => (c.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
            .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
          const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => p - q); return (y + 0.05) / (x + 0.05); };
          const background = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor; if (!/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent') return rgb(c); } return [255, 255, 255]; };
          if (e.matches('[data-id="webchat-sendbox-input"]')) {
            const frame = e.closest('.webchat__send-box__main');
            const shadow = getComputedStyle(frame).boxShadow;
            return shadow === 'none' ? '0 sendbox (no focus frame)' : `${ratio(rgb(shadow), background(frame.parentElement)).toFixed(2)} sendbox ${shadow}`;
          }
          if (e.closest('#webchat')) return null;
          const style = getComputedStyle(e);
          if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return `0 ${e.className || e.tagName} (no outline)`;
          return `${ratio(rgb(style.outlineColor), background(e.parentElement)).toFixed(2)} ${e.className || e.tagName} ${style.outlineColor} ${style.outlineWidth}`;
        }
        """;

    private static async Task TabUntilAsync(WebChatPage page, string selector)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            if (await page.Page.EvaluateAsync<bool>("s => document.activeElement && document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"{MaxTabs} × Tab did not reach {selector}; the focus is on {await page.FocusedAsync()}");
    }

    private static async Task ShiftTabUntilAsync(WebChatPage page, string selector)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            await page.Page.Keyboard.PressAsync("Shift+Tab");
            if (await page.Page.EvaluateAsync<bool>("s => document.activeElement && document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"{MaxTabs} × Shift+Tab did not reach {selector}; the focus is on {await page.FocusedAsync()}");
    }

    private async Task<IBrowserContext> NewContextAsync()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var context = await browser.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout((float)WebChatPage.Patience.TotalMilliseconds);
        return context;
    }
}
