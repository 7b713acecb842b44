using System.Net;
using System.Text.RegularExpressions;
using CsCheck;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Tsv;

namespace IntegrationBot.Core.Tests.Synopsis;

/// <summary>Generated messy cells: whatever the dashes, quotes and markup, every word of the source reaches the model.</summary>
public sealed partial class NoWordLostPropertyTests
{
    private static readonly string[] Fragments =
    [
        " - ", "-", " – ", ", ", ". ", "; ", "…", "\"", "‚", "‘", " ", "  ", "\u00a0",
        "Wort", "wort", "Ämter", "öffentlich", "Einwohner-", "(innen)", "z.B.", "2024", "RAA", "Förderung",
    ];

    private static readonly string[] Blocks =
    [
        "<p>{0}</p>", "<ul style=\"list-style-type: none\">{0}", "<ul><li>{0}</li><li>{0}</li></ul>", "<p><u>Zusammenfassung</u></p>",
        "<p><b>Ziele</b></p>", " {0} ", "<p>Das <u>Amt</u> {0}</p>", "<br>{0}",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(Fragments).Array[0, 25].Select(string.Concat);

    [Fact]
    public void Splitting_list_text_never_loses_a_word()
    {
        Text.Sample(text => Assert.Equal(Words(text), Words(string.Join(" ", BulletItemSplitter.Split(text)))));
    }

    [Fact]
    public void Parsing_a_cell_never_loses_a_word()
    {
        var block = Gen.Select(Gen.OneOf(Blocks), Text, static (template, text) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, WebUtility.HtmlEncode(text)));
        var city = Gen.Select(Gen.Bool, block.Array[0, 5], static (examples, blocks) => (Examples: examples, Blocks: string.Concat(blocks)));
        var cell = Gen.Select(city, city, city, static (a, b, c) => string.Concat(
            new[] { ("Kiel", a), ("Lübeck", b), ("Bad Homburg v. d. Höhe", c) }
                .Select(static x => $"<p><u>{x.Item1}{(x.Item2.Examples ? " z.B." : string.Empty)}:</u></p>{x.Item2.Blocks}")));

        cell.Sample(html =>
        {
            var document = new TsvSynopsisParser().Parse("Titel\nAspekt\t" + html, "gen.tsv").Document;
            var source = WebUtility.HtmlDecode(Tag().Replace(Marker().Replace(html, " "), " "));
            var model = string.Join(" ", document.Entries.Select(static e => e.PlainText));
            Assert.Equal(Words(source), Words(model));
        });
    }

    private static string[] Words(string text) =>
        [.. Word().Matches(text).Select(static m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"<u>[^<]*:</u>")]
    private static partial Regex Marker();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
