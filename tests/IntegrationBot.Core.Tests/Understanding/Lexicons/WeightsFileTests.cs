using IntegrationBot.Core.Understanding;
using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Tests.Understanding.Lexicons;

public sealed class WeightsFileTests
{
    [Fact]
    public void A_written_file_reads_back_as_the_same_weights()
    {
        var weights = WeightsFile.With(WeightsFile.With(RecognitionWeights.Default, "TitleWord", 3.5), "MinimumEvidence", 0.4);
        var text = WeightsFile.Format(weights, "test.jsonl");
        Assert.Equal(weights, WeightsFile.Parse("weights.tsv", text.Split('\n')));
        Assert.Equal(2, text.Split('\n').Count(static l => l.Length > 0 && !l.StartsWith('#')));
    }

    [Fact]
    public void No_file_means_the_defaults()
    {
        var directory = Directory.CreateTempSubdirectory().FullName;
        try
        {
            Assert.Same(RecognitionWeights.Default, WeightsFile.Load(directory));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("TitelWort\t4.0")]
    [InlineData("TitleWord\tvier")]
    [InlineData("TitleWord\t-1")]
    [InlineData("TitleWord 4.0")]
    public void A_malformed_line_is_reported_with_file_and_line(string line)
    {
        var error = Assert.Throws<LexiconFormatException>(() => WeightsFile.Parse("weights.tsv", ["# Kommentar", line]));
        Assert.Equal(2, error.Line);
        Assert.Equal("weights.tsv", error.File);
    }

    [Fact]
    public void Every_weight_has_a_name_the_file_can_set()
    {
        Assert.Contains("TitleWord", WeightsFile.Names);
        Assert.Equal(30, WeightsFile.Names.Count);
        foreach (var name in WeightsFile.Names)
        {
            Assert.Equal(2.5, WeightsFile.Get(WeightsFile.With(RecognitionWeights.Default, name, 2.5), name));
        }
    }
}
