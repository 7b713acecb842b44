using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Understanding;

/// <summary>Composition helper for the host: <c>RecognizerFactory.Create(repository, Lexicon.Load(dir))</c>.</summary>
public static class RecognizerFactory
{
    /// <summary>The lexicon folder inside an application's output: data/lexicon.</summary>
    public static string DefaultLexiconDirectory(string applicationDirectory) =>
        Path.Combine(applicationDirectory, "data", "lexicon");

    public static Recognizer Create(ISynopsisRepository repository, Lexicon lexicon) => new(repository, lexicon);

    public static Recognizer Create(SynopsisDocument synopsis, Lexicon lexicon) => new(synopsis, lexicon);
}
