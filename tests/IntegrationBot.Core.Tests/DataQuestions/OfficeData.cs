using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Export;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Cards;
using IntegrationBot.Core.Tests.Synopsis;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.DataQuestions;

/// <summary>The seed synopsis with provenance and a glossary, as an office's file would carry them, and services over it.</summary>
internal static class OfficeData
{
    public static readonly SynopsisProvenance Provenance = new("Anna Beispiel", "Amt für Integration", new DateOnly(2026, 3, 12), false, new Uri("https://example.org/synopse.pdf"));

    public static readonly GlossaryTerm[] Glossary =
    [
        new("RAA", "Regionale Arbeitsstellen für Bildung, Integration und Demokratie"),
        new("FB", "Flüchtlingsberatung"),
        new("MSO", "Migrantenselbstorganisation"),
    ];

    public static SynopsisDocument With(SynopsisProvenance? provenance = null, IReadOnlyList<GlossaryTerm>? glossary = null)
    {
        var seed = SeedData.Document;
        return new SynopsisDocument(seed.Title, seed.Aspects, seed.Cities, seed.Entries, provenance ?? Provenance, glossary ?? Glossary);
    }

    public static SynopsisDocument Document { get; } = With();

    public static ISynopsisRepository Repository { get; } = new InMemorySynopsisRepository(Document);

    public static IRecognizer Recognizer { get; } = RecognitionStages.Create(Repository, IntegrationBot.Core.Tests.Understanding.Seed.Lexicon);

    public static AnswerService Service(ISynopsisRepository? repository = null, IExportLinks? exports = null)
    {
        repository ??= Repository;
        return new AnswerService(RecognitionStages.Create(repository, IntegrationBot.Core.Tests.Understanding.Seed.Lexicon), repository, CardFixtures.Renderer, exports);
    }

    public static RecognitionResult Conversation(IRecognizer recognizer, params string[] turns)
    {
        var context = ConversationContext.Empty;
        var now = IntegrationBot.Core.Tests.Understanding.Seed.Now;
        RecognitionResult? last = null;
        foreach (var turn in turns)
        {
            last = recognizer.Recognize(turn, context, now);
            context = context.After(last, now);
            now += TimeSpan.FromSeconds(10);
        }

        return last!;
    }
}
