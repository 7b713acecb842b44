namespace IntegrationBot.DirectLine;

/// <summary>
/// Configuration section "WebChat": what the page links to (the legal pages a German public body must offer) and which
/// intranet origins may frame it. Relative addresses resolve against the bot's own site.
/// </summary>
public sealed class WebChatPageOptions
{
    public const string SectionName = "WebChat";

    /// <summary>The Datenschutzerklärung; without it the footer says that the operator has not configured one yet.</summary>
    public Uri? PrivacyPolicyUrl { get; set; }

    /// <summary>The Impressum (Anbieterkennzeichnung).</summary>
    public Uri? ImprintUrl { get; set; }

    /// <summary>The Erklärung zur Barrierefreiheit; by default the template the bot ships (fill in its placeholders).</summary>
    public Uri? AccessibilityStatementUrl { get; set; } = new("barrierefreiheit.html", UriKind.Relative);

    /// <summary>Where users report accessibility barriers (an e-mail address or a contact page), shown in the statement template.</summary>
    public string? AccessibilityFeedbackContact { get; set; }

    /// <summary>Origins (scheme://host[:port]) of intranet pages allowed to embed the chat in a frame, besides the bot's own.</summary>
    public IList<string> FrameAncestors { get; } = [];
}
