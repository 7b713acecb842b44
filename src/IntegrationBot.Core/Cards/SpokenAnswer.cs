namespace IntegrationBot.Core.Cards;

/// <summary>
/// The <c>speak</c> of a card reply: the composer's spoken lead followed by the plain-text answer, line by line as
/// sentences, so a screen reader or voice client that reads no card still gets the whole answer (and nothing twice).
/// </summary>
public static class SpokenAnswer
{
    public static string Of(string lead, string text)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(text);
        var spoken = new List<string>();
        if (lead.Trim().Length > 0)
        {
            spoken.Add(AsSentence(lead.Trim()));
        }

        foreach (var line in text.Split('\n').Select(static l => l.Trim().TrimStart('•', '=', ' ').TrimEnd('=', ' ')).Where(static l => l.Length > 0))
        {
            var sentence = AsSentence(line);
            if (!spoken.Any(s => s.Contains(line, StringComparison.Ordinal) || s.Contains(sentence, StringComparison.Ordinal)))
            {
                spoken.Add(sentence);
            }
        }

        return string.Join(" ", spoken);
    }

    /// <summary>Lines stand alone in a card; spoken in a row, each must end as a sentence.</summary>
    public static string AsSentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || ".!?:…;".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + ".";
    }
}
