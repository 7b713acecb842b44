using IntegrationBot.Core.Cards;

namespace IntegrationBot.Core.Tests.Cards;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("Stuttgart", "Stuttgart")]
    [InlineData("Orga - Anbindung", "Orga - Anbindung")]
    [InlineData("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))")]
    [InlineData("**fett** und _kursiv_", "\\*\\*fett\\*\\* und \\_kursiv\\_")]
    [InlineData("<script>", "\\<script>")]
    [InlineData("# Titel", "\\# Titel")]
    [InlineData("- Punkt", "\\- Punkt")]
    [InlineData("> Zitat", "\\> Zitat")]
    [InlineData("1. Liste", "1\\. Liste")]
    [InlineData("a\\b", "a\\\\b")]
    [InlineData("${evil}", "${evil}")]
    [InlineData("Köln 🏙️ 👩‍👩‍👧", "Köln 🏙️ 👩‍👩‍👧")]
    public void Markdown_escapes_every_markup_character_and_keeps_ordinary_text(string input, string expected)
    {
        Assert.Equal(expected, CardText.Markdown(input));
    }

    [Theory]
    [InlineData("\u202Enl\u00F6K", "nlöK")]
    [InlineData("a\u200Bb\u2066c\u2069", "abc")]
    [InlineData("  viel   \n Platz\t ", "viel Platz")]
    [InlineData("\0null", "null")]
    public void Plain_removes_control_and_direction_characters_and_tidies_spaces(string input, string expected)
    {
        Assert.Equal(expected, CardText.Plain(input));
    }

    [Theory]
    [InlineData("kurz", 10, "kurz")]
    [InlineData("ein langer Satz mit vielen Wörtern", 15, "ein langer…")]
    public void Shorten_cuts_at_a_word_boundary(string input, int max, string expected)
    {
        Assert.Equal(expected, CardText.Shorten(input, max));
    }

    [Theory]
    [InlineData("Staatsangehörigkeitsangelegenheiten/Einbürgerungen", "Staatsangehörigkeitsangelegenheiten/\u200BEinbürgerungen")]
    [InlineData("Ein- und Ausbürgerung", "Ein- und Ausbürgerung")]
    [InlineData("1/2 Stelle", "1/2 Stelle")]
    [InlineData("und/oder", "und/\u200Boder")]
    [InlineData("/Anfang", "/Anfang")]
    public void Breakable_adds_a_line_break_opportunity_after_a_slash_between_letters_only(string text, string expected)
    {
        Assert.Equal(expected, CardText.Breakable(text));
    }
}
