using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Commands;
using IntegrationBot.Core.Synopsis.Loading;
using static IntegrationBot.Core.Tests.Synopsis.OfficeFiles;

namespace IntegrationBot.Core.Tests.Synopsis;

public sealed class SynopsisCommandLineTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = new SynopsisCommandLine(new SynopsisSourceLoader(), _temp.Root).Run(args, stdout, stderr);
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData(new[] { "synopsis", "validate", "x.tsv" }, true)]
    [InlineData(new[] { "Synopsis" }, true)]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls", "http://localhost:5000" }, false)]
    public void Handles_only_synopsis_arguments(string[] args, bool handled)
    {
        Assert.Equal(handled, new SynopsisCommandLine().Handles(args));
    }

    [Fact]
    public void Validate_reports_a_valid_file_and_exits_0()
    {
        var (exitCode, output, _) = Run("synopsis", "validate", SeedData.Path);

        Assert.Equal(0, exitCode);
        Assert.Contains("OK: „Zusammenfassung interessanter Aspekte aus der synoptischen Darstellung“ – 5 Städte, 4 Aspekte, 10 Einträge (davon 3 mit „z.B.“)", output, StringComparison.Ordinal);
        Assert.Contains("Städte: Bielefeld, Frankfurt, Stuttgart, München, Münster", output, StringComparison.Ordinal);
        Assert.Contains("10 von 20 Feldern ohne Eintrag", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_names_file_row_column_and_reason_and_exits_1()
    {
        var broken = Xlsx(_temp.File("kaputt.xlsx"), new Dictionary<string, string> { ["A1"] = "T", ["B2"] = "Kiel", ["A3"] = "A", ["B3"] = "x", ["C3"] = "verwaist" });

        var (exitCode, output, _) = Run("synopsis", "validate", SeedData.Path, "kaputt.xlsx");

        Assert.Equal(1, exitCode);
        Assert.Contains($"FEHLER in {broken}", output, StringComparison.Ordinal);
        Assert.Contains("Zeile 2, Blatt „Synopse“, Spalte C: In der Kopfzeile fehlt die Stadt", output, StringComparison.Ordinal);
        Assert.Contains("Ergebnis: 1 Fehler", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_checks_that_several_files_merge_without_conflicts()
    {
        Text(_temp.File("a.tsv"), "A\nAnbindung\t<p><u>Kiel:</u> Amt</p>");
        Text(_temp.File("b.csv"), "B;\nAspekt;Kiel\nAnbindung;Dezernat\n");

        var (exitCode, output, _) = Run("synopsis", "validate", "a.tsv", "b.csv");

        Assert.Equal(1, exitCode);
        Assert.Contains("Doppelter Eintrag für Kiel / „Anbindung“", output, StringComparison.Ordinal);
        Assert.Contains("a.tsv, Zeile 2", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("validate")]
    public void An_option_where_a_file_is_expected_is_named_as_unknown_not_read_as_a_file(string command)
    {
        var (exitCode, output, error) = Run("synopsis", command, "--synopsis", SeedData.Path);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("Unbekannte Option „--synopsis“", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_prints_the_coverage_of_cities_by_aspects()
    {
        var (exitCode, output, _) = Run("synopsis", "stats", SeedData.Path);

        Assert.Equal(0, exitCode);
        Assert.Contains("5 Städte × 4 Aspekte: 10 von 20 Feldern belegt (50 %)", output, StringComparison.Ordinal);
        Assert.Contains("A1   Orga - Anbindung", output, StringComparison.Ordinal);
        var muenchen = output.Split('\n').Single(l => l.StartsWith("München", StringComparison.Ordinal));
        Assert.Equal(["·", "·", "●", "z", "2/4"], muenchen.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1));
    }

    [Fact]
    public void Stats_shows_keywords_provenance_and_glossary()
    {
        var (exitCode, output, _) = Run("synopsis", "stats", MetadataSeedPath);

        Assert.Equal(0, exitCode);
        Assert.Contains("Stand: 12.03.2026\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Bearbeitung: Testredaktion Integrationsbot", output, StringComparison.Ordinal);
        Assert.Contains("Organisation: Amt für Integration (Testdaten)", output, StringComparison.Ordinal);
        Assert.Contains("Quelle: https://example.org/synopse/integration-2026.pdf", output, StringComparison.Ordinal);
        Assert.Contains("Stichworte: Leitbild; Integrationskonzept; Grundsätze", output, StringComparison.Ordinal);
        Assert.Contains("Stichworte: 4 von 4 Aspekten, 15 Stichworte.", output, StringComparison.Ordinal);
        Assert.Contains("Glossar: 3 Begriffe (AmkA, RAA, MSO).", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_says_when_the_date_is_only_the_file_date()
    {
        var path = _temp.File("seed.tsv");
        File.Copy(SeedData.Path, path);
        File.SetLastWriteTime(path, new DateTime(2025, 6, 30, 12, 0, 0, DateTimeKind.Local));

        var (_, output, _) = Run("synopsis", "stats", "seed.tsv");

        Assert.Contains("Stand: 30.06.2025 (Änderungsdatum der Datei; die Datei nennt keinen Stand)", output, StringComparison.Ordinal);
        Assert.Contains("Bearbeitung: keine Angabe", output, StringComparison.Ordinal);
        Assert.Contains("Glossar: keine Begriffe.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("meta.docx")]
    [InlineData("meta.xlsx")]
    [InlineData("meta.csv")]
    public void Convert_keeps_keywords_provenance_and_glossary_there_and_back(string target)
    {
        Assert.Equal(0, Run("synopsis", "convert", MetadataSeedPath, target).ExitCode);

        var (exitCode, output, error) = Run("synopsis", "convert", target, "zurueck.tsv");

        Assert.True(exitCode == 0, error);
        Assert.Contains("Stand: 12.03.2026; Bearbeitung: Testredaktion Integrationsbot", output, StringComparison.Ordinal);
        Assert.Contains("Stichworte: 15 Stichworte zu 4 Aspekten; Glossar: 3 Begriffe.", output, StringComparison.Ordinal);
        var original = new SynopsisSourceLoader().LoadFile(MetadataSeedPath).Document;
        Assert.Empty(SynopsisComparison.Differences(original, new SynopsisSourceLoader().LoadFile(_temp.File("zurueck.tsv")).Document));
    }

    private static string MetadataSeedPath => Path.Combine(AppContext.BaseDirectory, "Synopsis", "Data", "synopsis-with-metadata.tsv");

    [Theory]
    [InlineData("seed.docx")]
    [InlineData("seed.xlsx")]
    [InlineData("seed.csv")]
    public void Convert_writes_a_file_that_reads_back_as_the_same_synopsis(string target)
    {
        var (exitCode, output, error) = Run("synopsis", "convert", SeedData.Path, target);

        Assert.True(exitCode == 0, error);
        Assert.Contains($"Konvertiert: {SeedData.Path} → {target}", output, StringComparison.Ordinal);
        var converted = new SynopsisSourceLoader().LoadFile(_temp.File(target)).Document;
        Assert.Empty(SynopsisComparison.Differences(SeedData.Document, converted));
    }

    [Fact]
    public void Convert_back_from_an_office_file_to_tsv()
    {
        Assert.Equal(0, Run("synopsis", "convert", SeedData.Path, "seed.xlsx").ExitCode);

        var (exitCode, _, error) = Run("synopsis", "convert", "seed.xlsx", "zurueck.tsv");

        Assert.True(exitCode == 0, error);
        Assert.Empty(SynopsisComparison.Differences(SeedData.Document, new SynopsisSourceLoader().LoadFile(_temp.File("zurueck.tsv")).Document));
    }

    [Theory]
    [InlineData(2, "synopsis", "convert", "a.tsv", "b.pdf")]
    [InlineData(2, "synopsis", "convert", "a.tsv", "a.tsv")]
    [InlineData(1, "synopsis", "convert", "fehlt.tsv", "b.xlsx")]
    [InlineData(2, "synopsis", "validate")]
    [InlineData(2, "synopsis", "frobnicate")]
    [InlineData(2, "synopsis")]
    public void Reports_wrong_use_on_stderr_with_a_non_zero_exit_code(int expected, params string[] args)
    {
        var (exitCode, _, error) = Run(args);

        Assert.Equal(expected, exitCode);
        Assert.NotEmpty(error.Trim());
    }

    [Fact]
    public void Help_goes_to_stdout_with_exit_code_0()
    {
        var (exitCode, output, _) = Run("synopsis", "help");

        Assert.Equal(0, exitCode);
        Assert.Contains("synopsis validate DATEI", output, StringComparison.Ordinal);
    }
}
