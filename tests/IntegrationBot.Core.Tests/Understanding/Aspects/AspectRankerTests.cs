using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Aspects;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

public sealed class AspectRankerTests
{
    private static readonly HashSet<string> FunctionWords = ["wie", "die", "der", "in", "es", "gibt", "wird", "werden", "und", "fur", "ein", "eine"];

    private static readonly AspectRanker Ranker = new(SmallSynopsis.Document, FunctionWords.Contains);

    [Theory]
    [InlineData("Wie ist die Unterbringung?", "Wohnen und Unterbringung")]
    [InlineData("Gibt es eine Anlaufstelle?", "Willkommenskultur")]
    [InlineData("Wie werden Leute begrüßt?", "Willkommenskultur")]
    [InlineData("Wie wird untergebracht dezentral?", "Wohnen und Unterbringung")]
    [InlineData("Wie arbeitet der Migrationsbeirat?", "Gremien und Beiräte")]
    [InlineData("Gibt es genug Wohnraum?", "Wohnen und Unterbringung")]
    public void Best_aspect_comes_from_the_data_alone(string question, string expected) =>
        Assert.Equal(expected, Ranker.Rank(question)[0].Aspect.Title);

    [Theory]
    [InlineData("Unterbringung", true)]
    [InlineData("Wohnraum", true)]
    [InlineData("Anlaufstelle", false)]
    public void Title_and_keyword_words_name_the_aspect_cell_words_only_speak_for_it(string word, bool named) =>
        Assert.Equal(named, Ranker.Rank(word)[0].Named);

    [Fact]
    public void A_word_found_in_every_aspect_weighs_less_than_a_specific_one()
    {
        var common = Ranker.Rank("Integration").Max(static r => r.Score);
        var specific = Ranker.Rank("Anlaufstelle")[0].Score;
        Assert.True(specific > common, $"{specific} <= {common}");
    }

    [Theory]
    [InlineData("Kiel", "Beratung")]
    [InlineData("Ulm", "Wohnen")]
    public void A_word_of_the_asked_citys_own_cell_speaks_more_for_that_aspect(string city, string expected)
    {
        // "Mietvertrag" stands in one cell of each aspect, each time in another city's: only the asked city tells them apart.
        var synopsis = KielUlmSynopsis.Titled(
            ("Beratung", "Hilfe beim Mietvertrag und bei Briefen der Behörden.", "Sprechstunde im Rathaus."),
            ("Wohnen", "Sozialwohnungen der städtischen Gesellschaft.", "Hilfe beim Mietvertrag für Geflüchtete."));
        // The cells differ in length; without length normalisation only the asked city tells the aspects apart.
        var ranker = new AspectRanker(synopsis, FunctionWords.Contains, weights: RecognitionWeights.Default with { CellLengthNormalisation = 0 });
        var tokens = Tokenizer.Tokenize("Mietvertrag");
        var withoutCity = new double[2];
        ranker.Score(tokens, null, withoutCity, new bool[2]);
        Assert.Equal(withoutCity[0], withoutCity[1]);

        var scores = new double[2];
        ranker.Score(tokens, null, scores, new bool[2], asked: [synopsis.Cities.Single(c => c.Name == city)]);
        var meant = synopsis.Aspects.Single(a => a.Title == expected).Order;
        Assert.True(scores[meant] > scores[1 - meant], $"{scores[meant]} <= {scores[1 - meant]}");
        Assert.Equal(withoutCity[meant] * RecognitionWeights.Default.AskedCityCellFactor, scores[meant], 6);
    }

    [Theory]
    [InlineData("internationale", false)]
    [InlineData("Studierende", true)]
    [InlineData("sozialen", false)]
    public void An_adjective_of_a_title_does_not_name_its_aspect_alone(string word, bool named)
    {
        // The cells write "internationale" in lower case, the title "sozialen": adjectives, which name only with their noun.
        var synopsis = KielUlmSynopsis.Titled(
            ("Internationale Studierende", "Die Hochschule berät Studierende aus 40 Ländern.", "Ein Buddy-Programm für Studierende."),
            ("Fachkräftegewinnung", "Der Welcome Service hat 120 internationale Fachkräfte vermittelt.", "Pflegekräfte aus Indien."),
            ("Integration in den sozialen Medien", "Ein Kanal auf Instagram.", "Ein Podcast."));
        var ranked = new AspectRanker(synopsis, FunctionWords.Contains).Rank(word);
        Assert.Equal(named, ranked.Single(r => r.Aspect.Title != "Fachkräftegewinnung").Named);
    }

    [Fact]
    public void City_names_are_no_evidence_for_an_aspect() =>
        Assert.Empty(Ranker.Rank("Kiel Ulm"));

    [Fact]
    public void Weights_change_the_ranking()
    {
        var noContent = new AspectRanker(SmallSynopsis.Document, FunctionWords.Contains, weights: RecognitionWeights.Default with { ContentWord = 0, ContentPart = 0 });
        Assert.Empty(noContent.Rank("Anlaufstelle"));
    }

    [Fact]
    public void Related_words_count_at_a_discount()
    {
        var withSynonym = new AspectRanker(SmallSynopsis.Document, FunctionWords.Contains, key => key == "housing" ? ["Unterbringung"] : []);
        var ranked = withSynonym.Rank("housing");
        Assert.Equal("Wohnen und Unterbringung", ranked[0].Aspect.Title);
        Assert.True(ranked[0].Score < withSynonym.Rank("Unterbringung")[0].Score);
    }

    [Theory]
    [InlineData("advisory board", "Gremien und Beiräte")]
    [InlineData("the advisory board", "Gremien und Beiräte")]
    public void A_two_word_term_finds_its_related_words_even_when_neither_word_does_alone(string question, string expected)
    {
        var withTerm = new AspectRanker(SmallSynopsis.Document, FunctionWords.Contains, key => key == string.Join(' ', Tokenizer.Keys("advisory board")) ? ["Beirat"] : []);
        Assert.Equal(expected, withTerm.Rank(question)[0].Aspect.Title);
        Assert.Empty(withTerm.Rank("board advisory"));
    }

    [Theory]
    [InlineData("Was macht das KI in Ulm?", true)]
    [InlineData("was macht das ki in ulm", false)]
    public void A_two_letter_abbreviation_of_a_title_names_its_aspect_only_in_capitals(string question, bool named)
    {
        var centre = new IntegrationBot.Core.Synopsis.Aspect("Kommunales Integrationszentrum (KI)", 0);
        var conflicts = new IntegrationBot.Core.Synopsis.Aspect("Sicherheit & Konflikte", 1);
        var ulm = new IntegrationBot.Core.Synopsis.City("Ulm");
        var document = new IntegrationBot.Core.Synopsis.SynopsisDocument(
            "Test",
            [centre, conflicts],
            [ulm],
            [
                TestEntry.Cell(centre, ulm, "Das KI koordiniert Sprachkurse."),
                TestEntry.Cell(conflicts, ulm, "Konfliktvermittlung im Quartier."),
            ]);
        var ranked = new AspectRanker(document, FunctionWords.Contains).Rank(question);
        Assert.Equal(named, ranked.Count > 0 && ranked[0].Aspect == centre && ranked[0].Named);
    }

    [Fact]
    public void A_title_modifier_the_cells_spell_whole_still_counts_by_its_parts()
    {
        var antiDiscrimination = new IntegrationBot.Core.Synopsis.Aspect("Antidiskriminierungsarbeit", 0);
        var principles = new IntegrationBot.Core.Synopsis.Aspect("Leitsätze", 1);
        var document = KielUlmSynopsis.Of(
            antiDiscrimination, "Die Antidiskriminierungsstelle berät Betroffene.", "Antidiskriminierung ist Arbeit aller Ämter.",
            principles, "Vielfalt ohne Diskriminierung ist unser Leitsatz.", "Wir treten jeder Diskriminierung entgegen.");
        var ranked = new AspectRanker(document, FunctionWords.Contains).Rank("Wie wird Diskriminierung bekämpft?");
        Assert.Equal(antiDiscrimination, ranked[0].Aspect);
        Assert.True(ranked[0].Score > ranked[1].Score, $"{ranked[0].Score} <= {ranked[1].Score}");
    }

    [Theory]
    [InlineData("Aufgaben und Arbeitsweise der zuständigen Dienststelle")]
    [InlineData("Stellung im Verwaltungsaufbau")]
    public void A_genitive_or_im_attribute_of_a_title_says_whose_or_where_not_what(string title)
    {
        var tasks = new IntegrationBot.Core.Synopsis.Aspect(title, 0);
        var naturalisation = new IntegrationBot.Core.Synopsis.Aspect("Einbürgerung", 1);
        var document = KielUlmSynopsis.Of(
            tasks, "Koordination und Beratung.", "Berichte an den Rat.",
            naturalisation, "Feier im Rathaus.", "Lotsen begleiten Antragsteller.");
        var ranker = new AspectRanker(document, FunctionWords.Contains);
        var attributeWord = IntegrationBot.Core.Understanding.Text.Tokenizer.Tokenize(title)[^1].Stem;

        // The attribute's word still counts for the aspect, but no longer names it: "zuständig" or "Verwaltungsaufbau"
        // alone would otherwise decide every "Wer ist zuständig für …?".
        var ranked = ranker.Rank(attributeWord);
        Assert.Equal(tasks, ranked[0].Aspect);
        Assert.False(ranked[0].Named);
    }

    [Theory]
    [InlineData("Ältere Migrantinnen und Migranten", "Migranten", false)]
    [InlineData("Ältere Migrantinnen und Migranten", "Ältere", true)]
    [InlineData("Geflüchtete", "Geflüchtete", true)]
    [InlineData("Geflüchtete aus der Ukraine", "Ukraine", true)]
    [InlineData("Geflüchtete aus der Ukraine", "Geflüchtete", false)]
    public void The_fields_words_for_its_people_name_a_title_only_when_nothing_else_does(string title, string word, bool named)
    {
        var group = new IntegrationBot.Core.Synopsis.Aspect(title, 0);
        var other = new IntegrationBot.Core.Synopsis.Aspect("Sprachkurse", 1);
        var document = KielUlmSynopsis.Of(
            group, "Beratung im Seniorentreff.", "Besuchsdienst.",
            other, "Abendkurse.", "Kurse an der Volkshochschule.");
        var ranker = new AspectRanker(document, FunctionWords.Contains, isGroupKey: static key => key.StartsWith("migrant", StringComparison.Ordinal) || key.StartsWith("gefluchtet", StringComparison.Ordinal));
        var ranked = ranker.Rank(word);
        Assert.Equal(group, ranked[0].Aspect);
        Assert.Equal(named, ranked[0].Named);
    }

    [Fact]
    public void A_compound_the_title_leaves_out_names_the_aspect_whole()
    {
        var officer = new IntegrationBot.Core.Synopsis.Aspect("Ausländer- und Integrationsbeauftragte", 0);
        var courses = new IntegrationBot.Core.Synopsis.Aspect("Sprachkurse", 1);
        var document = KielUlmSynopsis.Of(
            officer, "Eine halbe Stelle im Rathaus.", "Berichtet dem Stadtrat.",
            courses, "Abendkurse.", "Kurse an der Volkshochschule.");
        // The head "Beauftragte" is a word of general German only, as the thesaurus gives it.
        var general = System.Collections.Frozen.FrozenSet.ToFrozenSet(["beauftragte", "integration"], StringComparer.Ordinal);
        var ranked = new AspectRanker(document, FunctionWords.Contains, generalWords: general).Rank("Ausländerbeauftragte");
        Assert.Equal(officer, ranked[0].Aspect);
        Assert.True(ranked[0].Named);
    }
}
