using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

public sealed class SeparableVerbTests
{
    private static string[] Joined(string text) => SeparableVerb.Join(Tokenizer.Tokenize(text)).Select(static j => j.Folded).ToArray();

    [Theory]
    [InlineData("Wie bringt Pforzheim Geflüchtete unter?", "unterbringt")]
    [InlineData("Arbeitet Jena mit dem Jobcenter zusammen?", "zusammenarbeitet")]
    [InlineData("Kiel: wie nimmt die Stadt die Vereine mit?", "mitnimmt")]
    [InlineData("Wie gehen die Städte gegen Rassismus vor? Und in Ulm?", "vorgehen")]
    public void A_particle_that_ends_the_sentence_joins_the_finite_verb(string text, string joined) =>
        Assert.Contains(joined, Joined(text));

    [Theory]
    [InlineData("Wie kommen Kinder an Schulen in Kiel?")]
    [InlineData("Unterbringung in Kiel")]
    [InlineData("Kiel an")]
    public void Without_a_particle_at_the_end_of_a_sentence_nothing_is_joined(string text) =>
        Assert.Empty(Joined(text));

    [Theory]
    [InlineData("unterbringt", "unterbringung")]
    public void The_joined_verb_meets_its_noun(string joined, string noun) =>
        Assert.Equal(DerivationRoot.Of(noun), DerivationRoot.Of(joined));
}
