using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Tsv;
using IntegrationBot.Core.Tests.Synopsis;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Tests.Understanding;

/// <summary>The shipped lexicon and the seed synopsis, loaded once per test run (both are immutable).</summary>
internal static class Seed
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<Lexicon> LazyLexicon = new(() => Lexicon.Load(LexiconDirectory));
    private static readonly Lazy<Recognizer> LazyRecognizer = new(() => new Recognizer(SeedData.Document, Lexicon));

    private static readonly Lazy<IRecognizer> LazyStages = new(() => RecognitionStages.Create(SeedData.Document, Lexicon));

    /// <summary>The recognizer the bot uses: the content recognizer wrapped by the data-question stage.</summary>
    public static IRecognizer Stages => LazyStages.Value;

    public static string LexiconDirectory => Lexicon.DefaultDirectory(AppContext.BaseDirectory);

    public static Lexicon Lexicon => LazyLexicon.Value;

    public static Recognizer Recognizer => LazyRecognizer.Value;

    public static SynopsisDocument Document => SeedData.Document;

    public static RecognitionResult Recognize(string text, ConversationContext? context = null) =>
        Recognizer.Recognize(text, context ?? ConversationContext.Empty, Now);

    /// <summary>Runs the turns as one conversation and returns the recognition of the last.</summary>
    public static RecognitionResult Conversation(params string[] turns)
    {
        var context = ConversationContext.Empty;
        RecognitionResult? last = null;
        var now = Now;
        foreach (var turn in turns)
        {
            last = Recognizer.Recognize(turn, context, now);
            context = context.After(last, now);
            now += TimeSpan.FromSeconds(10);
        }

        return last!;
    }

    public static string EvalPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "Eval", fileName);

    /// <summary>An evaluation synopsis (tests/…/Eval/*.tsv), parsed.</summary>
    public static SynopsisDocument EvalDocument(string fileName) => new TsvSynopsisParser().Load(EvalPath(fileName)).Document;
}
