using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Cards;

/// <summary>TextRuns (never markdown) for one line of content, optionally with some words in bold.</summary>
public static class TextRunView
{
    public static JsonObject Run(string text, bool bold = false) => new()
    {
        ["text"] = CardText.Breakable(CardText.Plain(text)),
        ["weight"] = bold ? "Bolder" : "Default",
    };

    /// <summary>Splits <paramref name="text"/> into runs with every occurrence of a matched word in bold (case-insensitive, whole words).</summary>
    public static JsonArray Highlight(string text, IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        var plain = CardText.Plain(text);
        var marks = new bool[plain.Length];
        foreach (var word in words.Select(CardText.Plain).Where(w => w.Length > 0))
        {
            for (var at = plain.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = plain.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
            {
                var startsWord = at == 0 || !char.IsLetterOrDigit(plain[at - 1]);
                var endsWord = at + word.Length == plain.Length || !char.IsLetterOrDigit(plain[at + word.Length]);
                if (startsWord && endsWord)
                {
                    Array.Fill(marks, true, at, word.Length);
                }
            }
        }

        var runs = new JsonArray();
        var start = 0;
        for (var i = 1; i <= plain.Length; i++)
        {
            if (i == plain.Length || marks[i] != marks[start])
            {
                runs.Add(new JsonObject { ["text"] = CardText.Breakable(plain[start..i]), ["weight"] = marks[start] ? "Bolder" : "Default" });
                start = i;
            }
        }

        return runs.Count > 0 ? runs : [Run(plain)];
    }
}
