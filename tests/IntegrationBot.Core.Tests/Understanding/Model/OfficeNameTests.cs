using IntegrationBot.Core.Tests.Understanding.Aspects;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Model;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Tests.Understanding.Model;

/// <summary>
/// Office names read from the cells: a unit word and the topics of its name stand for one city's office, so a question that
/// quotes the name asks about the office, not about its topics.
/// </summary>
public sealed class OfficeNameTests
{
    private static readonly HashSet<string> Units = ["stabsstelle", "buro", "referat", "abteilung"];

    private static bool IsUnitWord(string folded) => Units.Any(u => folded.EndsWith(u, StringComparison.Ordinal));

    private static bool MayName(Token token) => token.Folded is not ("die" or "der" or "und" or "in" or "im" or "fur" or "berat" or "kiel");

    [Theory]
    [InlineData("Die Stabsstelle Partizipation und Integration berät den Rat.", "stabsstelle partizipation und integration")]
    [InlineData("Das Büro für interkulturelle Arbeit und Vielfalt im Rathaus.", "buro fur interkulturelle arbeit und vielfalt")]
    [InlineData("Das Integrationsbüro Migration und Teilhabe Kiel.", "integrationsburo migration und teilhabe")]
    [InlineData("Die Abteilung Integration berät.", "")]
    [InlineData("Ein Referat. Integration und Vielfalt sind Querschnittsaufgaben.", "")]
    public void A_unit_word_and_at_least_two_topic_words_make_an_office_name(string cell, string expected)
    {
        var names = OfficeNames.Find(Tokenizer.Tokenize(cell), IsUnitWord, MayName).Select(static n => string.Join(' ', n.Select(static t => t.Folded)));
        Assert.Equal(expected.Length == 0 ? [] : [expected], names);
    }

    private static readonly Recognizer Recognizer = new(
        KielUlmSynopsis.Titled(
            ("Orga-Struktur", "Die Stabsstelle Partizipation und Integration hat sechs Stellen in zwei Teams.", "Ein Sachgebiet mit drei Stellen."),
            ("Politische Partizipation", "Ein Integrationsbeirat mit 15 Mitgliedern.", "Partizipation über den Internationalen Ausschuss."),
            ("Sprachkurse", "Integrationskurse an der VHS.", "Abendkurse.")),
        Seed.Lexicon);

    private static RecognitionResult Recognize(string text) => Recognizer.Recognize(text, ConversationContext.Empty, Seed.Now);

    [Fact]
    public void A_quoted_office_name_asks_about_the_office_not_about_its_topics()
    {
        var result = Recognize("Wie viele Stellen hat die Stabsstelle Partizipation und Integration in Kiel?");
        Assert.Equal(["Orga-Struktur"], result.Aspects.Select(static a => a.Title));
    }

    [Fact]
    public void An_office_name_names_its_city_when_the_question_names_none() =>
        Assert.Equal(["Kiel"], Recognize("Wie ist die Stabsstelle Partizipation und Integration aufgebaut?").Cities.Select(static c => c.Name));

    [Fact]
    public void An_office_name_adds_no_city_to_the_ones_the_question_names() =>
        Assert.Equal(["Ulm"], Recognize("Gibt es in Ulm so etwas wie die Stabsstelle Partizipation und Integration?").Cities.Select(static c => c.Name));
}
