using CsCheck;
using IntegrationBot.Core.Tests.Synopsis;

namespace IntegrationBot.Core.Tests.Properties;

/// <summary>
/// Generators for what users and editors actually throw at the bot: German questions built from the synopsis' own
/// words, mixed with markup, template and markdown injection, control and formatting characters (RTL override,
/// zero-width, BOM), emoji and surrogate halves, and plain random strings of any length.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Words =
    [
        "Wo", "ist", "Integration", "in", "angebunden", "Vergleiche", "die", "Präambel", "von", "und", "Welche",
        "Städte", "haben", "eine", "Flüchtlingsberatung", "Und", "Frankfurt", "Aufgaben", "das", "mit", "zeig", "mir",
        "alle", "Aspekte", "hallo", "danke", "tschüss", "hilfe", "what", "about", "compare", "Köln", "Berlin",
        "Einwohner", "wie", "viele", "?", "!", ",", ".", "-", "z.B.", "Zusammenfassung", "die zweite", "nein", "ja",
        "münchen", "STUTTGART", "bielefeld", "frankfurter", "Stuttgarts", "Orga", "Anbindung", "Struktur",
    ];

    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>", "<u>Stuttgart:</u>", "<p>", "</p>", "<ul class=\"x\">", "<li>", "&amp;", "&#0;",
        "${name}", "${$root.x}", "{{7*7}}", "$when", "$data", "**fett**", "[link](javascript:alert(1))", "`code`",
        "\"", "'", "\\", "\t", "\r\n", "\n", "\0", "\u0007", "\u001b[31m", "\u202E", "\u200B", "\u200D", "\uFEFF",
        "\u00AD", "🤖", "👩🏽‍💻", "🇩🇪", "\uD800", "\uDC00", "ẞ", "ß", "Ä", "ö", "Ü", "İ", "ǅ", "Ω", "٣", "中文",
        "null", "undefined", "NaN", "-1", "1e309", "0x0", "%s%n", "'; DROP TABLE x; --", "../../etc/passwd",
    ];

    /// <summary>Words taken from the seed synopsis itself: city names, aspect titles and words of the cells.</summary>
    private static readonly Lazy<string[]> SynopsisWords = new(() =>
        SeedData.Document.Cities.Select(static c => c.Name)
            .Concat(SeedData.Document.Aspects.Select(static a => a.Title))
            .Concat(SeedData.Document.Entries.SelectMany(static e => e.PlainText.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Take(400))
            .Distinct(StringComparer.Ordinal)
            .ToArray());

    private static Gen<string> Token => Gen.Frequency(
        (6, Gen.OneOf(Words)),
        (4, Gen.Int[0, int.MaxValue].Select(static i => SynopsisWords.Value[i % SynopsisWords.Value.Length])),
        (3, Gen.OneOf(Hostile)),
        (1, Gen.String[0, 12]));

    private static Gen<string> Separator => Gen.OneOf(" ", " ", " ", "", "  ", "\t", "\n", "\u00A0", "\u200B", "-", "/");

    /// <summary>A message: mostly a sequence of tokens, sometimes raw random text, sometimes very long.</summary>
    public static Gen<string> Message => Gen.Frequency(
        (8, Gen.Select(Token, Separator).Array[0, 24].Select(static parts => string.Concat(parts.Select(static p => p.Item1 + p.Item2)))),
        (2, Gen.String),
        (1, Gen.Char.Array[0, 64].Select(static chars => new string(chars))),
        (1, Gen.Select(Token, Gen.Int[100, 3000]).Select(static (token, times) => string.Concat(Enumerable.Repeat(token + " ", times)))));

    /// <summary>A cell of the synopsis file: city markers, paragraphs, lists (closed or not) and hostile text.</summary>
    public static Gen<string> Cell => Gen.Frequency(
        (3, Gen.Int[0, int.MaxValue].Select(static i => $"<u>{SynopsisWords.Value[i % SynopsisWords.Value.Length]}:</u> ")),
        (1, Gen.OneOf("<u>Stuttgart z.B.:</u> ", "<u>Zusammenfassung</u>", "<u>:</u>", "<u></u>", "<u>Bielefeld:")),
        (3, Gen.OneOf("<p>", "</p>", "<ul class=\"list\">", "</ul>", "<li>", "</li>", " - ", "<br>", "<b>", "</b>", "<!--", "-->", "<p><u>")),
        (6, Token))
        .Array[0, 30]
        .Select(static parts => string.Join(" ", parts).Replace("\n", " ", StringComparison.Ordinal).Replace("\t", " ", StringComparison.Ordinal));
}
