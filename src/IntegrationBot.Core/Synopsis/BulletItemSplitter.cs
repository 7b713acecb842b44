namespace IntegrationBot.Core.Synopsis;

/// <summary>
/// Splits the running text of a seed-style list ("- erstens, - zweitens - drittens") into items.
/// </summary>
/// <remarks>
/// In the seed, list items are separated by " - ", but the same sequence is also a dash inside a sentence
/// ("… zukunftsichernde Standortpolitik - die Anerkennung …" in Stuttgart's Präambel). Rule, chosen so that every
/// list of the seed reads as its authors meant it:
/// a " - " separates two items when the text before it ends with punctuation (, ; . : ! ? …), or when the text after it
/// starts with a letter of the same case as the list's first item (lists are written consistently: either every item
/// starts upper case, or every item lower case). Otherwise the dash stays inside the item.
/// Nothing is dropped: a joined dash keeps its text, a trailing comma or semicolon (only a separator) is the one
/// character removed from an item.
/// </remarks>
internal static class BulletItemSplitter
{
    private const string Separator = " - ";

    public static IReadOnlyList<string> Split(string text)
    {
        var normalized = SynopsisText.Normalize(text);
        while (normalized.StartsWith("- ", StringComparison.Ordinal) || normalized == "-")
        {
            normalized = normalized[1..].TrimStart();
        }

        if (normalized.Length == 0)
        {
            return [];
        }

        var segments = normalized.Split(Separator);
        var items = new List<string>();
        var current = segments[0];
        var listCase = LetterCase(segments[0]);
        for (var i = 1; i < segments.Length; i++)
        {
            var next = segments[i];
            if (IsItemBoundary(current, next, listCase))
            {
                AddItem(items, current);
                listCase ??= LetterCase(next);
                current = next;
            }
            else
            {
                current = current + Separator + next;
            }
        }

        AddItem(items, current);
        return items;
    }

    /// <summary>Cleans one explicit list item (an &lt;li&gt;, a Word list paragraph): a leading dash or bullet is markup, not text.</summary>
    public static string CleanItem(string text)
    {
        var item = SynopsisText.Normalize(text);
        if (item.Length > 1 && (item[0] is '-' or '•' or '–' or '*') && item[1] == ' ')
        {
            item = item[2..];
        }

        return item;
    }

    private static bool IsItemBoundary(string before, string after, bool? listCase)
    {
        if (before.Length == 0 || EndsWithPunctuation(before))
        {
            return true;
        }

        var afterCase = LetterCase(after);
        return afterCase is null || listCase is null || afterCase == listCase;
    }

    private static bool EndsWithPunctuation(string text) =>
        text.TrimEnd().Length > 0 && text.TrimEnd()[^1] is ',' or ';' or '.' or ':' or '!' or '?' or '…';

    /// <summary>True for upper case, false for lower case, null when the text starts with no letter (a digit, a dash…).</summary>
    private static bool? LetterCase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }

            if (char.IsLetterOrDigit(c))
            {
                return null;
            }
        }

        return null;
    }

    private static void AddItem(List<string> items, string text)
    {
        var item = text.Trim();
        if (item.Length > 0 && item[^1] is ',' or ';')
        {
            item = item[..^1].TrimEnd();
        }

        if (item.Length > 0)
        {
            items.Add(item);
        }
    }
}
