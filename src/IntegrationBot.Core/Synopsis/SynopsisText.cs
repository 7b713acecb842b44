using System.Text.RegularExpressions;

namespace IntegrationBot.Core.Synopsis;

/// <summary>Whitespace and typographic clean-up shared by every synopsis format.</summary>
internal static partial class SynopsisText
{
    /// <summary>
    /// Collapses every run of white space (tabs, line breaks, non-breaking spaces) to one space and trims.
    /// Invisible characters (soft hyphen, zero-width space, BOM) are removed because they only break word matching.
    /// Visible characters such as stray quotes are text and stay.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var visible = Invisible().Replace(text, string.Empty);
        return Whitespace().Replace(visible, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("[\u00AD\u200B\u200C\u200D\u2060\uFEFF]")]
    private static partial Regex Invisible();
}
