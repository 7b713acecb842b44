using CsCheck;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Synopsis.Formats.Tsv;

namespace IntegrationBot.Core.Tests.Properties;

/// <summary>
/// The TSV parser either returns a consistent synopsis or refuses the file with a <see cref="SynopsisFormatException"/>
/// that names a row: no other exception, whatever an editor saves.
/// </summary>
public sealed class SynopsisParserProperties
{
    private static readonly Gen<string> WellShapedFile =
        Gen.Select(HostileText.Message, Gen.Select(HostileText.Message, HostileText.Cell).Array[0, 8])
            .Select(static (title, rows) =>
                "\n\n" + title.Replace("\t", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "\n" +
                string.Concat(rows.Select(static row => row.Item1.Replace("\t", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "\t" + row.Item2 + "\n")));

    private static readonly Gen<string> AnyFile = Gen.Frequency((3, WellShapedFile), (1, HostileText.Message), (1, Gen.String));

    [Fact]
    public void Parses_or_refuses_with_a_row_any_file_an_editor_can_save()
    {
        var parser = new TsvSynopsisParser();

        AnyFile.Sample(
            text =>
            {
                try
                {
                    var document = parser.Parse(text, "property.tsv").Document;
                    AssertConsistent(document);
                }
                catch (SynopsisFormatException ex)
                {
                    Assert.False(string.IsNullOrWhiteSpace(ex.Reason));
                    Assert.InRange(ex.Row, 0, LineCount(text));
                }
            },
            iter: 40_000);
    }

    /// <summary>Lines as a TextReader sees them: \n, \r and \r\n each end one.</summary>
    private static int LineCount(string text) => text.ReplaceLineEndings("\n").Count(static c => c == '\n') + 1;

    private static void AssertConsistent(SynopsisDocument document)
    {
        Assert.NotNull(document.Title);
        var cities = document.Cities.Select(static c => c.Name).ToHashSet(StringComparer.Ordinal);
        var aspects = document.Aspects.Select(static a => a.Title).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in document.Entries)
        {
            Assert.Contains(entry.City.Name, cities);
            Assert.Contains(entry.Aspect.Title, aspects);
            Assert.All(entry.Blocks, static block => Assert.NotNull(block));
            Assert.DoesNotContain("<p>", entry.PlainText, StringComparison.OrdinalIgnoreCase);
        }
    }
}
