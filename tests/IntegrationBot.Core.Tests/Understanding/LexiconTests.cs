using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Tests.Understanding;

/// <summary>The lexicon files load, are documented, and malformed lines are reported with file and line.</summary>
public sealed class LexiconTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "lexicon-" + Guid.NewGuid().ToString("N"));

    public LexiconTests()
    {
        Directory.CreateDirectory(_directory);
        foreach (var file in Directory.GetFiles(Seed.LexiconDirectory))
        {
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Shipped_lexicon_loads_with_at_least_all_large_German_cities()
    {
        var lexicon = Seed.Lexicon;
        Assert.True(lexicon.Places.Count(static p => !p.Region) >= 80);
        Assert.Contains(lexicon.Places, static p => p.Name == "Köln" && p.Aliases.Contains("Cologne"));
        Assert.NotEmpty(lexicon.Cues[CueKind.Search]);
        Assert.NotEmpty(lexicon.AspectSynonyms);
    }

    [Theory]
    [InlineData(Lexicon.AspectsFile, "Orga - Anbindung angebunden", "senkrechte Strich")]
    [InlineData(Lexicon.AspectsFile, "Orga - Anbindung | angebunden ^zwei", "Gewicht")]
    [InlineData(Lexicon.IntentsFile, "Begruessung | hallo", "Unbekannter Hinweis")]
    [InlineData(Lexicon.CitiesFile, "Testort\tTestort\tTestorter\tgross", "Unbekanntes Merkmal")]
    [InlineData(Lexicon.CitiesFile, "Berlin\tBerlin", "mehrfach")]
    [InlineData(Lexicon.PicksFile, "zweite | zweite", "Ungültige Position")]
    [InlineData(Lexicon.GeneralPlacesFile, "Testort\tviele", "Einwohnerzahl")]
    public void Malformed_line_is_reported_with_file_and_line(string file, string badLine, string reason)
    {
        var path = Path.Combine(_directory, file);
        var lines = File.ReadAllLines(path).ToList();
        lines.Add(badLine);
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<LexiconFormatException>(() => Lexicon.Load(_directory));
        Assert.Equal(file, error.File);
        Assert.Equal(lines.Count, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_without_a_documenting_header_is_rejected()
    {
        var path = Path.Combine(_directory, Lexicon.StopWordsFile);
        File.WriteAllLines(path, File.ReadAllLines(path).Skip(1));
        var error = Assert.Throws<LexiconFormatException>(() => Lexicon.Load(_directory));
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Missing_file_is_named()
    {
        File.Delete(Path.Combine(_directory, Lexicon.GlossaryFile));
        var error = Assert.Throws<LexiconFormatException>(() => Lexicon.Load(_directory));
        Assert.EndsWith(Lexicon.GlossaryFile, error.File, StringComparison.Ordinal);
    }

    /// <summary>
    /// Matching is by stems, so two phrases that differ only in their endings are one phrase: "welcher Abteilung" (where a
    /// unit belongs) and "welche Abteilungen" (what it is made of) cannot name two different aspects.
    /// </summary>
    [Fact]
    public void Phrases_of_different_aspects_never_share_their_stems()
    {
        var owners = Seed.Lexicon.AspectSynonyms
            .GroupBy(static s => string.Join(' ', IntegrationBot.Core.Understanding.Text.Tokenizer.Keys(s.Value.Text)))
            .Where(static g => g.Select(static s => s.Key).Distinct().Count() > 1)
            .Select(static g => g.Key + ": " + string.Join(" / ", g.Select(static s => s.Key + " „" + s.Value.Text + "“")))
            .ToList();

        Assert.Empty(owners);
    }

    [Fact]
    public void Every_shipped_file_starts_with_a_comment()
    {
        // Licence texts of vendored data are kept verbatim; every data file must document itself.
        foreach (var file in Directory.GetFiles(Seed.LexiconDirectory).Where(static f => !f.EndsWith(".LICENSE.txt", StringComparison.Ordinal)))
        {
            Assert.StartsWith("#", File.ReadLines(file).First(), StringComparison.Ordinal);
        }
    }
}
