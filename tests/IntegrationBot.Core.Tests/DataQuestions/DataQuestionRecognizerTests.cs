using IntegrationBot.Core.Tests.Understanding;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.DataQuestions;
using Moq;

namespace IntegrationBot.Core.Tests.DataQuestions;

/// <summary>The data-question stage around the content recognizer: what it decides, and what it leaves alone.</summary>
public sealed class DataQuestionRecognizerTests
{
    [Theory]
    [InlineData("Von wann sind die Daten?")]
    [InlineData("Wer hat die Synopse erstellt?")]
    [InlineData("Wie aktuell sind die Angaben?")]
    [InlineData("Woher stammen die Informationen?")]
    [InlineData("Wie viele Städte umfasst die Synopse?")]
    public void Questions_about_the_data_are_About_without_slots(string question)
    {
        var result = OfficeData.Conversation(Seed.Stages, question);

        Assert.Equal(Intent.About, result.Intent);
        Assert.Empty(result.Cities);
        Assert.Empty(result.Aspects);
    }

    [Fact]
    public void After_a_city_question_the_date_question_is_About_not_that_citys_profile()
    {
        var result = OfficeData.Conversation(Seed.Stages, "Wie wird das Wetter in Stuttgart?", "Von wann sind die Daten?");

        Assert.Equal(Intent.About, result.Intent);
        Assert.Empty(result.Cities);
        Assert.Empty(result.FromContext);
    }

    [Theory]
    [InlineData("Welche Städte haben keine Angaben zur Präambel?", CoverageQuestion.Lacks, "Präambel zur Integrationspolitik", null)]
    [InlineData("Welche Städte haben Angaben zur Präambel?", CoverageQuestion.Has, "Präambel zur Integrationspolitik", null)]
    [InlineData("Für welche Städte fehlt die Anbindung?", CoverageQuestion.Lacks, "Orga - Anbindung", null)]
    [InlineData("Welche Stadt hat die meisten Einträge?", CoverageQuestion.Most, null, null)]
    [InlineData("Welche Stadt hat die wenigsten Angaben?", CoverageQuestion.Fewest, null, null)]
    [InlineData("Wo fehlen die meisten Angaben?", CoverageQuestion.Fewest, null, null)]
    [InlineData("Wie vollständig sind die Angaben zu Münster?", CoverageQuestion.City, null, "Münster")]
    public void Coverage_questions_take_their_aspect_or_city_from_the_content_recognizer(string question, CoverageQuestion kind, string? aspect, string? city)
    {
        var result = Seed.Stages.Recognize(question, ConversationContext.Empty, Seed.Now);

        Assert.Equal(Intent.Coverage, result.Intent);
        Assert.Equal(kind, result.Coverage);
        Assert.Equal(aspect is null ? [] : [aspect], result.Aspects.Select(a => a.Title));
        Assert.Equal(city is null ? [] : [city], result.Cities.Select(c => c.Name));
    }

    [Fact]
    public void Coverage_question_with_dazu_takes_the_aspect_of_the_previous_turn()
    {
        var result = OfficeData.Conversation(Seed.Stages, "Wo ist Integration in Bielefeld angebunden?", "Welche Städte haben dazu keine Angaben?");

        Assert.Equal(Intent.Coverage, result.Intent);
        Assert.Equal(["Orga - Anbindung"], result.Aspects.Select(a => a.Title));
        Assert.Empty(result.Cities);
        Assert.Equal(["aspects"], result.FromContext);
    }

    [Theory]
    [InlineData("Was bedeutet RAA?", "RAA")]
    [InlineData("Was versteht man unter einer RAA?", "RAA")]
    [InlineData("Wofür steht die Abkürzung MSO?", "MSO")]
    [InlineData("Was ist eine MSO?", "MSO")]
    public void Definition_questions_name_the_glossary_term(string question, string term)
    {
        var result = OfficeData.Recognizer.Recognize(question, ConversationContext.Empty, Seed.Now);

        Assert.Equal(Intent.Define, result.Intent);
        Assert.Equal(term, result.Term);
        Assert.True(result.Score >= 0.9);
    }

    [Fact]
    public void Abbreviation_the_glossary_lacks_is_still_a_definition_question_with_lower_score()
    {
        var result = Seed.Stages.Recognize("Was bedeutet IKÖ?", ConversationContext.Empty, Seed.Now);

        Assert.Equal(Intent.Define, result.Intent);
        Assert.Equal("IKÖ", result.Term);
        Assert.True(result.Score < 0.9);
    }

    [Theory]
    [InlineData("Wofür steht die Integrationspolitik in Stuttgart?")]
    [InlineData("Was ist die Präambel von München?")]
    public void What_is_questions_about_a_city_or_an_aspect_stay_queries(string question)
    {
        Assert.Equal(Intent.Query, Seed.Stages.Recognize(question, ConversationContext.Empty, Seed.Now).Intent);
    }

    [Fact]
    public void Glossary_term_in_a_question_finds_what_its_definition_finds()
    {
        var spelledOut = OfficeData.Recognizer.Recognize("Welche Städte haben eine Flüchtlingsberatung?", ConversationContext.Empty, Seed.Now);
        var abbreviated = OfficeData.Recognizer.Recognize("Welche Städte haben eine FB?", ConversationContext.Empty, Seed.Now);
        var withoutGlossary = Seed.Stages.Recognize("Welche Städte haben eine FB?", ConversationContext.Empty, Seed.Now);

        Assert.Equal(Intent.Search, spelledOut.Intent);
        Assert.NotEmpty(spelledOut.Results);
        Assert.Equal(spelledOut.Intent, abbreviated.Intent);
        Assert.Equal(spelledOut.Results.Select(h => h.City.Name).Distinct(), abbreviated.Results.Select(h => h.City.Name).Distinct());
        Assert.False(withoutGlossary.Intent == Intent.Search && withoutGlossary.Results.Count > 0);
    }

    [Fact]
    public void Messages_without_a_data_cue_get_the_inner_reading_unchanged()
    {
        var inner = new Mock<IRecognizer>();
        var reading = new RecognitionResult { Intent = Intent.Query, Score = 0.93, Text = "Zeig mir alles zu Münster" };
        inner.Setup(r => r.Recognize(It.IsAny<string>(), It.IsAny<ConversationContext>(), It.IsAny<DateTimeOffset>())).Returns(reading);
        var stage = new DataQuestionRecognizer(inner.Object, OfficeData.Repository);

        Assert.Same(reading, stage.Recognize("Zeig mir alles zu Münster", ConversationContext.Empty, Seed.Now));
        inner.Verify(r => r.Recognize("Zeig mir alles zu Münster", It.IsAny<ConversationContext>(), It.IsAny<DateTimeOffset>()), Times.Once);
    }

    [Fact]
    public void A_failing_rule_leaves_the_inner_reading()
    {
        var inner = new Mock<IRecognizer>();
        var reading = new RecognitionResult { Intent = Intent.Query, Score = 0.9 };
        inner.Setup(r => r.Recognize(It.IsAny<string>(), It.IsAny<ConversationContext>(), It.IsAny<DateTimeOffset>())).Returns(reading);
        var broken = new DataQuestionRule("broken", Intent.About, null, 0.9, new System.Text.RegularExpressions.Regex("(a+)+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromTicks(1)));
        var stage = new DataQuestionRecognizer(inner.Object, OfficeData.Repository, [broken]);

        Assert.Same(reading, stage.Recognize(new string('a', 5000) + "!", ConversationContext.Empty, Seed.Now));
    }
}
