using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Loading;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.DataQuestions;

/// <summary>A synopsis file that names its Stand, editors, source and glossary: the answers carry what the file says.</summary>
public sealed class MetadataFileAnswerTests
{
    private static readonly string FilePath = Path.Combine(AppContext.BaseDirectory, "Synopsis", "Data", "synopsis-with-metadata.tsv");

    private static readonly Lazy<IntegrationBot.Core.Answers.AnswerService> Service = new(() =>
        OfficeData.Service(new InMemorySynopsisRepository(new SynopsisSourceLoader().LoadFile(FilePath).Document)));

    [Fact]
    public void Date_question_answers_with_the_files_Stand()
    {
        var reply = Service.Value.Answer("Von wann sind die Daten?", ConversationContext.Empty, Understanding.Seed.Now).Reply;

        Assert.Contains("Stand der Synopse: 12.03.2026.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Testredaktion Integrationsbot", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_footer_carries_the_Stand_and_links_the_source()
    {
        var reply = Service.Value.Answer("Wo ist Integration in Stuttgart angebunden?", ConversationContext.Empty, Understanding.Seed.Now).Reply;

        Assert.EndsWith("Stand: 12.03.2026 (https://example.org/synopse/integration-2026.pdf)", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_stand_is_answered_as_the_month_without_a_made_up_day()
    {
        var text = File.ReadAllText(FilePath).Replace("# Stand: 12.03.2026", "# Stand: März 2026", StringComparison.Ordinal);
        Assert.Contains("März 2026", text, StringComparison.Ordinal);
        using var temp = new Synopsis.TempDirectory();
        var path = temp.File("month.tsv");
        File.WriteAllText(path, text);
        var service = OfficeData.Service(new InMemorySynopsisRepository(new SynopsisSourceLoader().LoadFile(path).Document));

        var reply = service.Answer("Von wann sind die Daten?", ConversationContext.Empty, Understanding.Seed.Now).Reply;

        Assert.Contains("Stand der Synopse: März 2026.", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("01.03.2026", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Was bedeutet AmkA?", "Amt für multikulturelle Angelegenheiten")]
    [InlineData("Was heißt RAA?", "Regionale Arbeitsstellen")]
    public void Glossary_of_the_file_answers_definitions(string question, string definition)
    {
        var outcome = Service.Value.Answer(question, ConversationContext.Empty, Understanding.Seed.Now);

        Assert.Equal(Intent.Define, outcome.Recognition.Intent);
        Assert.Contains(definition, outcome.Reply.Text, StringComparison.Ordinal);
    }
}
