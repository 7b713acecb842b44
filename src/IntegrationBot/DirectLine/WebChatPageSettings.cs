namespace IntegrationBot.DirectLine;

/// <summary>What GET /api/webchat/settings tells the page: example questions from the loaded synopsis and the legal links.</summary>
internal sealed record WebChatPageSettings(IReadOnlyList<WebChatExample> Examples, WebChatLinks Links, string? AccessibilityFeedbackContact);

/// <summary>An example question: the short label on the chip and the question it sends.</summary>
internal sealed record WebChatExample(string Title, string Question);

/// <summary>The legal pages (null = not configured).</summary>
internal sealed record WebChatLinks(string? Privacy, string? Imprint, string? Accessibility);
