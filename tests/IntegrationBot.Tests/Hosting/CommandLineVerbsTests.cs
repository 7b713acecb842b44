using IntegrationBot.Hosting;
using IntegrationBot.Tests.Manifest;

namespace IntegrationBot.Tests.Hosting;

public sealed class CommandLineVerbsTests
{
    [Fact]
    public void Synopsis_verb_validates_a_file_and_exits_with_its_code()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var handled = CommandLineVerbs.TryRun(["synopsis", "validate", Path.Combine(NodeTooling.RepositoryRoot, "data", "synopsis.tsv")], output, error, out var exitCode);

        Assert.True(handled);
        Assert.True(exitCode == 0, output + error.ToString());
    }

    [Fact]
    public void Evaluate_verb_without_a_file_shows_its_usage_and_exits_2()
    {
        using var output = new StringWriter();

        var handled = CommandLineVerbs.TryRun(["evaluate"], output, TextWriter.Null, out var exitCode);

        Assert.True(handled);
        Assert.Equal(2, exitCode);
        Assert.Contains("evaluate", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:4100")]
    [InlineData("--environment=Production")]
    public void Anything_else_starts_the_web_host(params string[] args)
    {
        var handled = CommandLineVerbs.TryRun(args, TextWriter.Null, TextWriter.Null, out _);

        Assert.False(handled);
    }
}
