using IntegrationBot.Core.Understanding.DataQuestions;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Tests.DataQuestions;

/// <summary>Each cue on its own: it fires on its phrasing and stays silent on content questions that look alike.</summary>
public sealed class DataQuestionRulesTests
{
    [Theory]
    [InlineData("about.from-when", "Von wann sind die Daten?", true)]
    [InlineData("about.from-when", "Von wann bis wann ist das Büro offen?", false)]
    [InlineData("about.how-current", "Wie aktuell ist die Synopse?", true)]
    [InlineData("about.how-current", "Wie alt ist der Oberbürgermeister?", false)]
    [InlineData("about.stand", "Welchen Stand haben die Angaben?", true)]
    [InlineData("about.stand", "Auf welchem Stand ist die Tabelle?", true)]
    [InlineData("about.stand", "Auf welchem Stand ist der Bau des Rathauses?", false)]
    [InlineData("about.when-updated", "Wann wurde die Übersicht zuletzt aktualisiert?", true)]
    [InlineData("about.who-made", "Wer hat die Synopse erstellt?", true)]
    [InlineData("about.who-made", "Wer berät städtische Ämter zu Integrationsprojekten?", false)]
    [InlineData("about.editor-noun", "Wer ist der Herausgeber?", true)]
    [InlineData("about.where-from", "Woher stammen die Informationen?", true)]
    [InlineData("about.where-from", "Aus welcher Datei kommt das?", true)]
    [InlineData("about.where-from", "Gibt es eine Quelle zu den Daten?", true)]
    [InlineData("about.where-from", "Aus welchem Land kommen die meisten Geflüchteten?", false)]
    [InlineData("about.where-from", "Woher kommt das eigentlich?", true)]
    [InlineData("about.where-from", "Woher hast du das?", true)]
    [InlineData("about.where-from", "Woher kommt in Kiel das Geld für die Integrationsarbeit?", false)]
    [InlineData("about.where-from", "Woher kommen die Teilnehmenden der Sprachkurse?", false)]
    [InlineData("about.size", "Wie viele Städte umfasst die Synopse?", true)]
    [InlineData("about.size", "Wie viele Aspekte zeigt die Tabelle?", true)]
    [InlineData("about.size", "Wie viele Städte haben eine Flüchtlingsberatung?", false)]
    [InlineData("about.english", "How current is the data?", true)]
    [InlineData("about.english", "When are these figures from?", true)]
    [InlineData("about.english", "When is the advisory board elected?", false)]
    [InlineData("coverage.most", "Welche Stadt hat die meisten Einträge?", true)]
    [InlineData("coverage.most", "Welche Stadt hat die meisten Geflüchteten?", false)]
    [InlineData("coverage.fewest", "Welche Stadt ist am schlechtesten dokumentiert?", true)]
    [InlineData("coverage.fewest", "Welche Kommune ist am dünnsten erfasst?", true)]
    [InlineData("coverage.fewest-missing", "Wo fehlen die meisten Angaben?", true)]
    [InlineData("coverage.lacks", "Welche Städte haben keine Angaben zur Präambel?", true)]
    [InlineData("coverage.lacks", "Welche Städte haben keine Flüchtlingsberatung?", false)]
    [InlineData("coverage.lacks", "Wo ist das Feld zur Anbindung leer?", true)]
    [InlineData("coverage.lacks", "Welche Städte haben Leerstand bei Wohnungen?", false)]
    [InlineData("coverage.lacks-aspect", "Für welche Städte fehlt die Anbindung?", true)]
    [InlineData("coverage.has", "Welche Städte haben Angaben zur Präambel?", true)]
    [InlineData("coverage.has", "Welche Städte haben eine Flüchtlingsberatung?", false)]
    [InlineData("coverage.has", "Zu welchen Städten gibt es Einträge zur Präambel?", true)]
    [InlineData("coverage.completeness", "Wie vollständig sind die Angaben zu Münster?", true)]
    [InlineData("coverage.completeness", "Wo hat die Tabelle Lücken?", true)]
    [InlineData("define.means", "Was bedeutet RAA?", true)]
    [InlineData("define.means", "Wofür ist das AmkA zuständig?", false)]
    [InlineData("define.explain", "Erklär mir die Abkürzung IKÖ", true)]
    [InlineData("define.what-is", "Was ist eine MSO?", true)]
    [InlineData("define.what-is", "Was ist die Präambel von München?", false)]
    public void Rule_fires_on_its_phrasing_only(string rule, string sentence, bool expected)
    {
        var match = DataQuestionRules.All.Single(r => r.Name == rule);

        Assert.Equal(expected, match.Matches(DataQuestionRules.Normalise(Tokenizer.Tokenize(sentence))));
    }

    [Fact]
    public void Rules_have_unique_names_and_weights_in_range()
    {
        Assert.Equal(DataQuestionRules.All.Count, DataQuestionRules.All.Select(r => r.Name).Distinct().Count());
        Assert.All(DataQuestionRules.All, r => Assert.InRange(r.Weight, 0.5, 1.0));
    }

    [Fact]
    public void Normalised_words_fold_umlauts_but_keep_ue_as_typed()
    {
        Assert.Equal("wie aktuell sind die stadte", DataQuestionRules.Normalise(Tokenizer.Tokenize("Wie aktuell sind die Städte?")));
    }
}
