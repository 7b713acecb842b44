using System.Globalization;
using System.Text;

namespace IntegrationBot.Core.Understanding.Text;

/// <summary>
/// Makes any user input safe to analyse: bounded length, no control, zero-width or bidi-override characters,
/// composed Unicode (NFC). Never throws.
/// </summary>
public static class TextSanitizer
{
    /// <summary>Only this many characters are recognised; a question never needs more, and it bounds the cost.</summary>
    public const int MaxLength = 500;

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var bounded = text.Length > MaxLength * 2 ? text[..(MaxLength * 2)] : text;
        try
        {
            // IsNormalized throws on lone surrogates just like Normalize does.
            if (!bounded.IsNormalized(NormalizationForm.FormC))
            {
                bounded = bounded.Normalize(NormalizationForm.FormC);
            }
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalised; they are dropped below anyway.
        }

        var builder = new StringBuilder(Math.Min(bounded.Length, MaxLength));
        var lastWasSpace = true;
        foreach (var c in bounded)
        {
            if (builder.Length >= MaxLength)
            {
                break;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                // Zero-width joiners, soft hyphens, bidi overrides: invisible, so the word they split stays whole.
                continue;
            }

            var isSpace = category is UnicodeCategory.Control or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                || char.IsWhiteSpace(c);
            if (isSpace)
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(c);
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }
}
