using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Tsv;
using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Evaluation;

/// <summary>
/// <c>evaluate FILE.jsonl [--synopsis PATH] [--lexicon DIR] [--no-fails]</c>: scores the recognizer on a labelled set and
/// prints accuracy per intent, the confusion matrix and the failing cases. Exit code 0 when every case passes, 1 when
/// some fail, 2 on bad usage or unreadable input. Relative paths resolve against the current directory (the user's
/// file); the default synopsis and lexicon resolve against the application directory.
/// </summary>
public static class EvaluationCommandLine
{
    public const string Verb = "evaluate";

    public static bool IsEvaluation(string[] args) =>
        args is { Length: > 0 } && string.Equals(args[0], Verb, StringComparison.OrdinalIgnoreCase);

    public static int Run(string[] args, TextWriter output) => Run(args, output, AppContext.BaseDirectory);

    public static int Run(string[] args, TextWriter output, string applicationDirectory)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var rest = IsEvaluation(args) ? args.Skip(1).ToList() : args.ToList();
        var file = rest.FirstOrDefault(static a => !a.StartsWith("--", StringComparison.Ordinal));
        if (file is null)
        {
            output.WriteLine("Aufruf: evaluate DATEI.jsonl [--synopsis PFAD] [--lexicon ORDNER] [--no-fails]");
            return 2;
        }

        var synopsisPath = Option(rest, "--synopsis") ?? Path.Combine(applicationDirectory, "data", "synopsis.tsv");
        var lexiconDirectory = Option(rest, "--lexicon") ?? RecognizerFactory.DefaultLexiconDirectory(applicationDirectory);
        try
        {
            var synopsis = new TsvSynopsisParser().Load(synopsisPath).Document;
            var recognizer = RecognitionStages.Create(synopsis, Lexicon.Load(lexiconDirectory));
            using var reader = File.OpenText(file);
            return Run(NluCase.ReadJsonLines(reader, file), recognizer, output, !rest.Contains("--no-fails"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or SynopsisFormatException or LexiconFormatException)
        {
            output.WriteLine($"Auswertung nicht möglich: {e.Message}");
            return 2;
        }
    }

    public static int Run(IReadOnlyList<NluCase> cases, IRecognizer recognizer, TextWriter output, bool showFailures = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        var report = new NluEvaluator(recognizer).Evaluate(cases, DateTimeOffset.UtcNow);
        report.WriteTo(output, showFailures);
        return report.Correct == report.Total ? 0 : 1;
    }

    private static string? Option(List<string> args, string name)
    {
        var index = args.IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }
}
