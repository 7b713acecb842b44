using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.DataQuestions;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Understanding;

/// <summary>
/// The recognizer the bot uses, stage by stage: the content recognizer (<see cref="Recognizer"/>: cities, aspects,
/// search, context), wrapped by the data-question stage (<see cref="DataQuestionRecognizer"/>: About, Coverage, Define).
/// The host, the evaluate command and the evaluation tests all build it here, so they score what users get.
/// </summary>
public static class RecognitionStages
{
    public static IRecognizer Create(ISynopsisRepository repository, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return new DataQuestionRecognizer(new Recognizer(repository, lexicon), repository, scores: lexicon.Scores);
    }

    public static IRecognizer Create(SynopsisDocument synopsis, Lexicon lexicon) => Create(new InMemorySynopsisRepository(synopsis), lexicon);
}
