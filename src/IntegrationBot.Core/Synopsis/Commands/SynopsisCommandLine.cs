using System.Globalization;
using IntegrationBot.Core.Synopsis.Loading;

namespace IntegrationBot.Core.Synopsis.Commands;

/// <summary>
/// The "synopsis" commands of the host's command line, for offices that maintain the synopsis:
/// <c>synopsis validate FILE…</c> (exit 0 when every file and their merge are valid, else 1),
/// <c>synopsis stats FILE…</c> (cities × aspects coverage), <c>synopsis convert IN OUT</c> (any format to any format,
/// checked by reading the result back). Usage errors exit 2. Relative paths are taken from the working directory,
/// as a user typing the command expects.
/// </summary>
public sealed class SynopsisCommandLine
{
    private const string Command = "synopsis";
    private readonly SynopsisSourceLoader _loader;
    private readonly string _workingDirectory;

    public SynopsisCommandLine()
        : this(new SynopsisSourceLoader(), Environment.CurrentDirectory)
    {
    }

    public SynopsisCommandLine(SynopsisSourceLoader loader, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);
        _loader = loader;
        _workingDirectory = workingDirectory;
    }

    /// <summary>True when the arguments ask for a synopsis command rather than starting the bot.</summary>
    public bool Handles(string[] args) =>
        args is [var first, ..] && string.Equals(first, Command, StringComparison.OrdinalIgnoreCase);

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var rest = args.Skip(1).ToArray();
        return rest switch
        {
            ["validate" or "stats", .. var files] when files.FirstOrDefault(static f => f.StartsWith("--", StringComparison.Ordinal)) is { } option
                => UnknownOption(option, stderr),
            ["validate", .. var files] when files.Length > 0 => Validate(files, stdout),
            ["stats", .. var files] when files.Length > 0 => Stats(files, stdout, stderr),
            ["convert", var input, var output] => Convert(input, output, stdout, stderr),
            ["help" or "--help" or "-h"] => Usage(stdout, 0),
            _ => Usage(stderr, 2),
        };
    }

    /// <summary>"synopsis stats --synopsis F" once read "--synopsis" as a file name; say what is expected instead.</summary>
    private static int UnknownOption(string option, TextWriter error)
    {
        error.WriteLine($"Unbekannte Option „{option}“: „synopsis validate“ und „synopsis stats“ nehmen nur Dateipfade, z. B. „synopsis stats data/synopsis.tsv“.");
        return 2;
    }

    private int Validate(string[] files, TextWriter output)
    {
        var failed = 0;
        var loaded = new List<LoadedSynopsis>();
        foreach (var file in files)
        {
            var path = Resolve(file);
            output.WriteLine($"Prüfe {file} …");
            try
            {
                var synopsis = _loader.LoadFile(path);
                loaded.Add(synopsis);
                WriteSummary(synopsis.Document, output);
            }
            catch (SynopsisFormatException ex)
            {
                failed++;
                WriteError(ex, output);
            }
        }

        if (failed == 0 && loaded.Count > 1)
        {
            output.WriteLine("Prüfe das Zusammenführen aller Dateien …");
            try
            {
                WriteSummary(_loader.Load(files.Select(Resolve), _workingDirectory).Document, output);
            }
            catch (SynopsisFormatException ex)
            {
                failed++;
                WriteError(ex, output);
            }
        }

        output.WriteLine();
        output.WriteLine(failed == 0
            ? $"Ergebnis: alles in Ordnung ({Count(files.Length, "Datei", "Dateien")} geprüft)."
            : $"Ergebnis: {failed} Fehler – bitte die genannten Stellen korrigieren und erneut prüfen.");
        return failed == 0 ? 0 : 1;
    }

    private int Stats(string[] files, TextWriter output, TextWriter error)
    {
        SynopsisDocument document;
        try
        {
            document = _loader.Load(files.Select(Resolve), _workingDirectory).Document;
        }
        catch (SynopsisFormatException ex)
        {
            WriteError(ex, error);
            return 1;
        }

        new CoverageReport(document).Write(output);
        return 0;
    }

    private int Convert(string input, string output, TextWriter stdout, TextWriter stderr)
    {
        var source = Resolve(input);
        var target = Resolve(output);
        if (string.Equals(source, target, StringComparison.Ordinal))
        {
            stderr.WriteLine("Quelle und Ziel sind dieselbe Datei. Bitte einen anderen Dateinamen für das Ziel angeben.");
            return 2;
        }

        if (SynopsisFormats.WriterFor(target) is not { } writer)
        {
            var known = string.Join(", ", SynopsisFormats.Writers().SelectMany(static w => w.Extensions));
            stderr.WriteLine($"Unbekanntes Zielformat „{Path.GetExtension(target)}“. Möglich sind: {known}.");
            return 2;
        }

        try
        {
            var document = _loader.LoadFile(source).Document;
            writer.Write(document, target);
            var differences = SynopsisComparison.Differences(document, _loader.LoadFile(target).Document);
            if (differences.Count > 0)
            {
                stderr.WriteLine($"Achtung: {output} gibt die Synopse nicht vollständig wieder:");
                foreach (var difference in differences)
                {
                    stderr.WriteLine("  " + difference.Replace("\n", "\n    ", StringComparison.Ordinal));
                }

                return 1;
            }

            stdout.WriteLine($"Konvertiert: {input} → {output}");
            WriteSummary(document, stdout);
            return 0;
        }
        catch (SynopsisFormatException ex)
        {
            WriteError(ex, stderr);
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{output} kann nicht geschrieben werden ({ex.Message}).");
            return 1;
        }
    }

    private static int Usage(TextWriter output, int exitCode)
    {
        output.WriteLine("""
            Synopse prüfen, auswerten und umwandeln:

              synopsis validate DATEI…      prüft jede Datei (und das Zusammenführen mehrerer); Exit-Code 0 = in Ordnung, 1 = Fehler
              synopsis stats DATEI…         zeigt, welche Stadt zu welchem Aspekt einen Eintrag hat
              synopsis convert EIN AUS      wandelt zwischen .tsv, .docx, .xlsx und .csv um (Format nach Dateiendung)

            Beispiel: dotnet run --project src/IntegrationBot -- synopsis validate data/synopsis.tsv
            """);
        return exitCode;
    }

    private static void WriteSummary(SynopsisDocument document, TextWriter output)
    {
        var fields = document.Cities.Count * document.Aspects.Count;
        var examples = document.Entries.Count(static e => e.ExamplesOnly);
        output.WriteLine($"  OK: „{document.Title}“ – {Count(document.Cities.Count, "Stadt", "Städte")}, {Count(document.Aspects.Count, "Aspekt", "Aspekte")}, {Count(document.Entries.Count, "Eintrag", "Einträge")} (davon {examples} mit „z.B.“).");
        output.WriteLine($"  Städte: {string.Join(", ", document.Cities.Select(static c => c.Name))}");
        var provenance = document.Provenance;
        var date = provenance.DateText is { } text ? (provenance.DateFromFileModification ? $"{text} (Änderungsdatum der Datei)" : text) : "keine Angabe";
        output.WriteLine($"  Stand: {date}; Bearbeitung: {provenance.Editor ?? "–"}; Organisation: {provenance.Organisation ?? "–"}; Quelle: {provenance.SourceUrl?.OriginalString ?? "–"}");
        var keywords = document.Aspects.Sum(static a => a.Keywords.Count);
        output.WriteLine($"  Stichworte: {Count(keywords, "Stichwort", "Stichworte")} zu {Count(document.Aspects.Count(static a => a.Keywords.Count > 0), "Aspekt", "Aspekten")}; Glossar: {Count(document.Glossary.Count, "Begriff", "Begriffe")}.");
        if (document.Entries.Count < fields)
        {
            output.WriteLine($"  Hinweis: {fields - document.Entries.Count} von {fields} Feldern ohne Eintrag (das ist erlaubt; Übersicht mit „synopsis stats“).");
        }

        foreach (var aspect in document.Aspects.Where(a => !document.Entries.Any(e => e.Aspect == a)))
        {
            output.WriteLine($"  Hinweis: Aspekt „{aspect.Title}“ hat keinen einzigen Eintrag.");
        }
    }

    private static void WriteError(SynopsisFormatException error, TextWriter output)
    {
        output.WriteLine($"  FEHLER in {error.SourceName}");
        var where = new List<string>();
        if (error.Row > 0)
        {
            where.Add($"Zeile {error.Row}");
        }

        if (!string.IsNullOrEmpty(error.Column))
        {
            where.Add(error.Column);
        }

        output.WriteLine(where.Count > 0 ? $"  {string.Join(", ", where)}: {error.Reason}" : $"  {error.Reason}");
    }

    private static string Count(int n, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    private string Resolve(string path) => Path.GetFullPath(path, _workingDirectory);
}
