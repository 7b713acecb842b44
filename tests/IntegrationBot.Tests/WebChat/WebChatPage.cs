using Microsoft.Playwright;

namespace IntegrationBot.Tests.WebChat;

/// <summary>The Web Chat page as a user sees it: what the tests read and do, in Web Chat's own DOM terms.</summary>
internal sealed class WebChatPage(IPage page)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public IPage Page => page;

    public ILocator BotActivities => page.Locator(".webchat__stacked-layout:not(.webchat__stacked-layout--from-user)");

    public ILocator UserActivities => page.Locator(".webchat__stacked-layout--from-user");

    public ILocator Cards => page.Locator(".webchat__stacked-layout:not(.webchat__stacked-layout--from-user) .ac-adaptiveCard");

    public ILocator Status => page.Locator("#chat-status-text");

    public async Task OpenAsync(Uri address)
    {
        await page.GotoAsync(address.ToString(), new PageGotoOptions { Timeout = (float)Patience.TotalMilliseconds });
    }

    public Task WaitUntilReadyAsync() =>
        page.Locator("body[data-webchat-state='ready']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = Ms });

    public async Task AskAsync(string question)
    {
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(question, new LocatorFillOptions { Timeout = Ms });
        await input.PressAsync("Enter");
    }

    public Task SeeAsync(string text) =>
        page.GetByText(text, new PageGetByTextOptions { Exact = false }).Last.WaitForAsync(new LocatorWaitForOptions { Timeout = Ms });

    public ILocator SendBox => page.Locator("[data-id='webchat-sendbox-input']");

    /// <summary>Asks and waits for the next card; returns it.</summary>
    public async Task<ILocator> AskForCardAsync(string question)
    {
        var before = await Cards.CountAsync();
        await AskAsync(question);
        await CountAtLeastAsync(Cards, before + 1);
        return Cards.Nth(before);
    }

    /// <summary>Opens the page and waits until Web Chat shows the bot's welcome.</summary>
    public async Task OpenReadyAsync(Uri address)
    {
        await OpenAsync(address);
        await WaitUntilReadyAsync();
        await CountAtLeastAsync(BotActivities, 1);
    }

    /// <summary>The element that has the keyboard focus, described for assertions ("tag#id.class text").</summary>
    public Task<string> FocusedAsync() => page.EvaluateAsync<string>(
        "() => { const e = document.activeElement; return `${e.tagName.toLowerCase()}#${e.id} ${e.getAttribute('data-id') || ''} ${(e.getAttribute('aria-label') || e.textContent || '').trim().slice(0, 60)}`; }");

    public static Task CountAtLeastAsync(ILocator locator, int count) =>
        locator.Nth(count - 1).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = Ms });

    private static float Ms => (float)Patience.TotalMilliseconds;
}
