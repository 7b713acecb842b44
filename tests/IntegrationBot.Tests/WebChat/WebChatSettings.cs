namespace IntegrationBot.Tests.WebChat;

/// <summary>Configuration the Web Chat tests run the real host with: the legal links a public body configures.</summary>
internal static class WebChatSettings
{
    public const string PrivacyUrl = "/legal/datenschutz.html";
    public const string ImprintUrl = "/legal/impressum.html";

    public static IReadOnlyDictionary<string, string?> LegalLinks { get; } = new Dictionary<string, string?>
    {
        ["WebChat:PrivacyPolicyUrl"] = PrivacyUrl,
        ["WebChat:ImprintUrl"] = ImprintUrl,
        ["WebChat:AccessibilityFeedbackContact"] = "barrierefreiheit@stadt.example",
    };
}
