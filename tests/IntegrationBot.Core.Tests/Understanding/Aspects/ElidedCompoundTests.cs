using IntegrationBot.Core.Understanding.Aspects;
using IntegrationBot.Core.Understanding.Text;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

public sealed class ElidedCompoundTests
{
    private static readonly CompoundSplitter Splitter = new(["integration", "beauftragte", "kultur", "mittler", "jugend", "familie", "hilfe", "sprach"]);

    [Theory]
    [InlineData("Ausländer- und Integrationsbeauftragte", "auslanderbeauftragte")]
    [InlineData("Sprach- und Kulturmittler (SKM)", "sprachmittler")]
    [InlineData("Kinder-, Jugend- und Familienhilfe", "kinderhilfe|jugendhilfe")]
    [InlineData("Kinder- oder Jugendhilfe", "kinderhilfe")]
    public void A_hyphen_before_a_conjunction_stands_for_the_head_of_the_next_compound(string text, string expected) =>
        Assert.Equal(expected.Split('|'), ElidedCompound.Restore(text, Splitter.Split));

    [Theory]
    [InlineData("Ausländer- und Integrationsbeauftragte", "auslander")]
    [InlineData("Kinder-, Jugend- und Familienhilfe", "kinder|jugend")]
    [InlineData("Ausländer- und Kiel", "")]
    public void The_words_before_the_hyphen_are_the_modifiers_of_the_restored_compounds(string text, string expected) =>
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), ElidedCompound.Modifiers(text, Splitter.Split));

    [Theory]
    [InlineData("Orga - Anbindung")]
    [InlineData("Kita-Einstieg")]
    [InlineData("Ausländer- und Kiel")]
    [InlineData("Integration und Teilhabe")]
    public void Text_that_leaves_nothing_out_restores_nothing(string text) =>
        Assert.Empty(ElidedCompound.Restore(text, Splitter.Split));
}
