using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Decision;
using IntegrationBot.Core.Understanding.Model;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Tests.Understanding.Decision;

/// <summary>
/// Each decision rule on its own, outside the order of <see cref="DecisionRules.Ordered"/>: when it decides, and when it
/// passes the message on. The seed is used where its lexicon matters, the 16-aspect synopsis where a rule reads the data.
/// </summary>
public sealed class DecisionRuleTests
{
    private static readonly Lazy<Recognizer> Large = new(() =>
        new Recognizer(Seed.EvalDocument("synopsis-dev-large.tsv"), Seed.Lexicon));

    [Theory]
    [InlineData("out-of-scope", "Wie wird das Wetter in Stuttgart?", true)]
    [InlineData("out-of-scope", "Wo ist Integration in Stuttgart angebunden?", false)]
    [InlineData("search.hits", "Welche Städte haben eine Flüchtlingsberatung?", true)]
    [InlineData("search.hits", "Wo ist Integration in Stuttgart angebunden?", false)]
    [InlineData("search.field-word", "Welche Städte haben ein Sprachcafé?", true)]
    [InlineData("search.field-word", "Welche Stadt hat einen Zoo?", false)]
    [InlineData("search.aspect-noun", "Welche Stadt hat ein Organigramm?", true)]
    [InlineData("search.aspect-noun", "Welche Städte haben eine Flüchtlingsberatung?", false)]
    [InlineData("out-of-scope.search", "Welche Städte haben ein Schwimmbad?", true)]
    [InlineData("out-of-scope.search", "Welche Städte haben eine Flüchtlingsberatung?", false)]
    [InlineData("none.unknown-topic", "Wo finde ich einen Parkplatz in Frankfurt?", true)]
    [InlineData("none.unknown-topic", "Präambel von Frankfurt", false)]
    [InlineData("query", "Wo ist Integration in Stuttgart angebunden?", true)]
    [InlineData("query", "Hallo", false)]
    [InlineData("meta", "Hallo", true)]
    [InlineData("meta", "Präambel von Frankfurt", false)]
    [InlineData("query.hinted", "Orga", true)]
    [InlineData("query.hinted", "Hallo", false)]
    [InlineData("none", "Blablub", true)]
    [InlineData("none", "Hallo", true)]
    public void Rule_decides_on_the_seed_only_where_it_applies(string rule, string text, bool decides) =>
        Assert.Equal(decides, Rule(rule).TryDecide(Input(Seed.Recognizer, text, ConversationContext.Empty)) is not null);

    [Theory]
    [InlineData("search.aspect-name", "Welche Städte haben ein Welcome Center?", true)]
    [InlineData("search.aspect-name", "Welche Städte haben eine Flüchtlingsberatung?", false)]
    [InlineData("search.overview", "Welche Städte haben eine Flüchtlingsberatung? Alle bitte.", true)]
    [InlineData("search.overview", "Welche Städte haben eine Flüchtlingsberatung?", false)]
    [InlineData("search.overview", "Wo sind die Beiräte in den einzelnen Städten angebunden?", true)]
    [InlineData("search.overview", "Welche Städte beraten in allen Stadtteilen Geflüchtete?", false)]
    [InlineData("search.content-words", "Kooperation", true)]
    [InlineData("search.content-words", "Frühe Hilfen", false)]
    public void Rule_decides_on_a_larger_synopsis_only_where_it_applies(string rule, string text, bool decides) =>
        Assert.Equal(decides, Rule(rule).TryDecide(Input(Large.Value, text, ConversationContext.Empty)) is not null);

    [Fact]
    public void Follow_up_rule_decides_only_with_a_previous_question()
    {
        var first = Seed.Recognize("Präambel Stuttgart");
        var context = ConversationContext.Empty.After(first, Seed.Now);
        var rule = Rule("query.follow-up");
        Assert.NotNull(rule.TryDecide(Input(Seed.Recognizer, "Und?", context)));
        Assert.Null(rule.TryDecide(Input(Seed.Recognizer, "Und?", ConversationContext.Empty)));
    }

    [Fact]
    public void Every_rule_has_a_unique_name_and_the_last_always_decides()
    {
        var names = DecisionRules.Ordered.Select(static r => r.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.NotNull(DecisionRules.Ordered[^1].TryDecide(Input(Seed.Recognizer, "Blablub", ConversationContext.Empty)));
    }

    [Theory]
    [InlineData("Wie wird das Wetter in Stuttgart?", "out-of-scope")]
    [InlineData("Welche Städte haben eine Flüchtlingsberatung?", "search.hits/hits")]
    [InlineData("Wo ist Integration in Stuttgart angebunden?", "query/named")]
    [InlineData("Orga", "query.hinted/hinted")]
    [InlineData("Hallo", "meta/greeting")]
    [InlineData("Stell mir München und Stuttgart nebeneinander", "query/profile")]
    public void The_result_names_the_rule_that_decided(string text, string rule) =>
        Assert.Equal(rule, Seed.Recognize(text).Rule);

    private static IDecisionRule Rule(string name) => DecisionRules.Ordered.Single(r => r.Name == name);

    private static DecisionInput Input(Recognizer recognizer, string text, ConversationContext context)
    {
        var clean = TextSanitizer.Clean(text);
        var analysis = new MessageAnalyzer(recognizer.Model).Analyze(Tokenizer.Tokenize(clean));
        return new DecisionInput(recognizer.Model, analysis, clean, context);
    }
}
