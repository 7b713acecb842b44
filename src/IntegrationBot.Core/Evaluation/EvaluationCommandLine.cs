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
        if (Option(rest, "--calibrate") is { } scoresFile)
        {
            return Calibrate(scoresFile, rest.Where(a => a != "--calibrate" && a != scoresFile).ToList(), output, applicationDirectory);
        }

        if (Option(rest, "--fit-weights") is { } weightsFile)
        {
            return FitWeights(weightsFile, rest.Where(a => a != "--fit-weights" && a != weightsFile).ToList(), output, applicationDirectory);
        }

        var file = rest.Contains("--explain") ? string.Empty : rest.FirstOrDefault(static a => !a.StartsWith("--", StringComparison.Ordinal));
        if (file is null)
        {
            output.WriteLine("Aufruf: evaluate DATEI.jsonl [--synopsis PFAD] [--lexicon ORDNER] [--no-fails]");
            output.WriteLine("        evaluate --calibrate scores.tsv SATZ.jsonl[@SYNOPSE.tsv] … [--lexicon ORDNER]");
            output.WriteLine("        evaluate --fit-weights weights.tsv SATZ.jsonl[@SYNOPSE.tsv] … [--lexicon ORDNER]");
            return 2;
        }

        var synopsisPath = Option(rest, "--synopsis") ?? Path.Combine(applicationDirectory, "data", "synopsis.tsv");
        var lexiconDirectory = Option(rest, "--lexicon") ?? Lexicon.DefaultDirectory(applicationDirectory);
        try
        {
            var synopsis = new TsvSynopsisParser().Load(synopsisPath).Document;
            var repository = new InMemorySynopsisRepository(synopsis);
            var lexicon = Lexicon.Load(lexiconDirectory);
            if (Option(rest, "--explain") is { } question)
            {
                return Explain(new Recognizer(repository, lexicon), question, output);
            }

            var recognizer = RecognitionStages.Create(repository, lexicon);
            using var reader = File.OpenText(file);
            return Run(NluCase.ReadJsonLines(reader, file), recognizer, output, !rest.Contains("--no-fails"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or SynopsisFormatException or LexiconFormatException)
        {
            output.WriteLine($"Auswertung nicht möglich: {e.Message}");
            return 2;
        }
    }

    /// <summary>The "set.jsonl" or "set.jsonl@synopsis.tsv" arguments (options left out).</summary>
    private static List<(string Set, string? Synopsis)> LabelledSets(List<string> args) =>
        args.Where(static a => !a.StartsWith("--", StringComparison.Ordinal))
            .Select(ScoreCalibration.ParseSource)
            .OfType<(string Set, string? Synopsis)>()
            .ToList();

    /// <summary>Reads each labelled set and its synopsis (the seed when none is named).</summary>
    private static List<(string File, SynopsisDocument Synopsis, List<NluCase> Cases)> Load(List<(string Set, string? Synopsis)> sets, string applicationDirectory) =>
        sets.Select(s =>
        {
            using var reader = File.OpenText(s.Set);
            var synopsis = new TsvSynopsisParser().Load(s.Synopsis ?? Path.Combine(applicationDirectory, "data", "synopsis.tsv")).Document;
            return (s.Set, synopsis, NluCase.ReadJsonLines(reader, s.Set).ToList());
        }).ToList();

    /// <summary>
    /// Fits the weights of ranking and decision on the given sets (<see cref="WeightFit"/>) and writes those that moved to
    /// <paramref name="weightsFile"/>; the fit starts from the defaults, not from weights already in the lexicon.
    /// </summary>
    private static int FitWeights(string weightsFile, List<string> args, TextWriter output, string applicationDirectory)
    {
        var lexiconDirectory = Option(args, "--lexicon") ?? Lexicon.DefaultDirectory(applicationDirectory);
        var sets = LabelledSets(args);
        if (sets.Count == 0)
        {
            output.WriteLine("Aufruf: evaluate --fit-weights weights.tsv SATZ.jsonl[@SYNOPSE.tsv] …");
            return 2;
        }

        try
        {
            var lexicon = Lexicon.Load(lexiconDirectory);
            var loaded = Load(sets, applicationDirectory);
            var now = DateTimeOffset.UtcNow;
            int Correct(RecognitionWeights weights)
            {
                var candidate = lexicon.WithWeights(weights);
                return loaded.AsParallel().Sum(set => new NluEvaluator(RecognitionStages.Create(set.Synopsis, candidate)).Evaluate(set.Cases, now).Correct);
            }

            var fitted = WeightFit.Fit(RecognitionWeights.Default, Correct, output.WriteLine);
            File.WriteAllText(weightsFile, WeightsFile.Format(fitted, string.Join(" ", sets.Select(ScoreCalibration.SourceName))));
            output.WriteLine($"fitted: {Correct(fitted)} of {loaded.Sum(static s => s.Cases.Count)}");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or SynopsisFormatException or LexiconFormatException)
        {
            output.WriteLine($"Anpassung nicht möglich: {e.Message}");
            return 2;
        }
    }

    /// <summary>
    /// Fits the rule scores on the given sets (each "set.jsonl" on the seed or "set.jsonl@synopsis.tsv" on its own synopsis)
    /// and writes them to <paramref name="scoresFile"/>; the recognizer used ignores any scores already in the lexicon.
    /// </summary>
    private static int Calibrate(string scoresFile, List<string> args, TextWriter output, string applicationDirectory)
    {
        var lexiconDirectory = Option(args, "--lexicon") ?? Lexicon.DefaultDirectory(applicationDirectory);
        var sets = LabelledSets(args);
        if (sets.Count == 0)
        {
            output.WriteLine("Aufruf: evaluate --calibrate scores.tsv SATZ.jsonl[@SYNOPSE.tsv] …");
            return 2;
        }

        try
        {
            var lexicon = Lexicon.Load(lexiconDirectory).WithScores(RuleScores.Empty);
            var reports = new List<NluReport>();
            foreach (var set in Load(sets, applicationDirectory))
            {
                var report = new NluEvaluator(RecognitionStages.Create(set.Synopsis, lexicon)).Evaluate(set.Cases, DateTimeOffset.UtcNow);
                output.WriteLine($"{Path.GetFileName(set.File)}: {report.Correct}/{report.Total}");
                reports.Add(report);
            }

            var scores = ScoreCalibration.Fit(reports);
            File.WriteAllText(scoresFile, scores.Format(string.Join(" ", sets.Select(ScoreCalibration.SourceName))));
            foreach (var score in scores.All.OrderByDescending(static s => s.Total))
            {
                output.WriteLine($"  {score.Score:0.000}  {score.Correct,4}/{score.Total,-4}  {score.Rule}");
            }

            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or SynopsisFormatException or LexiconFormatException)
        {
            output.WriteLine($"Kalibrierung nicht möglich: {e.Message}");
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

    /// <summary>Shows why a question is read as it is: the data's ranking of the aspects and the resulting reading.</summary>
    private static int Explain(Recognizer recognizer, string question, TextWriter output)
    {
        foreach (var ranked in recognizer.Model.AspectRanker.Rank(question).Take(6))
        {
            output.WriteLine($"  {ranked.Score,7:0.000} {(ranked.Named ? "named" : "     ")} {ranked.Aspect.Title}");
        }

        // Each word alone, to see which word pulls where (terms of two words show only in the ranking above).
        foreach (var token in IntegrationBot.Core.Understanding.Text.Tokenizer.Tokenize(question))
        {
            var (alone, evidence) = recognizer.Model.AspectRanker.Explain(token.Surface);
            if (alone.Count > 0)
            {
                output.WriteLine($"    {token.Surface}: " + string.Join("; ", alone.Take(3).Select(static r => $"{r.Score:0.00}{(r.Named ? "n" : string.Empty)} {r.Aspect.Title}")));
                foreach (var line in evidence.Where(static l => !l.Contains("→ 0.00", StringComparison.Ordinal)).Take(8))
                {
                    output.WriteLine("        " + line);
                }
            }
        }

        var analysis = new IntegrationBot.Core.Understanding.Model.MessageAnalyzer(recognizer.Model).Analyze(IntegrationBot.Core.Understanding.Text.Tokenizer.Tokenize(question));
        for (var i = 0; i < analysis.Aspects.Length; i++)
        {
            var e = analysis.Aspects[i];
            if (e.Score > 0 || e.DataScore > 0)
            {
                output.WriteLine($"  lexicon {e.Score:0.00}{(e.Strong ? " strong" : string.Empty)} data {e.DataScore:0.00}{(e.Named ? " named" : string.Empty)} {recognizer.Model.Aspects[i].Title}");
            }
        }

        output.WriteLine("  cues: " + string.Join(", ", analysis.Cues.Select(static c => $"{c.Key}={c.Value:0.0}")) + (analysis.HardOutOfScope ? " HARD-OUT" : string.Empty));
        var result = recognizer.Recognize(question, ConversationContext.Empty, DateTimeOffset.UtcNow);
        output.WriteLine($"{result.Intent} {result.Score:0.00} rule={result.Rule} cities=[{string.Join(", ", result.Cities.Select(static c => c.Name))}] aspects=[{string.Join(", ", result.Aspects.Select(static a => a.Title))}] alternatives=[{string.Join(" | ", result.Alternatives.Select(static a => a.Label))}]");
        if (result.Intent == Intent.Search)
        {
            output.WriteLine($"  searched: {string.Join(", ", result.SearchTerms)}");
            foreach (var hit in result.Results.Take(6))
            {
                output.WriteLine($"  {hit.Score,7:0.000} {hit.City.Name} · {hit.Aspect.Title}: {string.Join(", ", hit.MatchedWords)}");
            }
        }

        return 0;
    }

    private static string? Option(List<string> args, string name)
    {
        var index = args.IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }
}
