using System.Collections.Frozen;
using IntegrationBot.Core.Understanding.Aspects;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

public sealed class CompoundSplitterTests
{
    private static readonly CompoundSplitter Splitter = new(["beratung", "fluchtling", "personal", "beirat", "kurs", "leitbild", "migration"]);

    [Theory]
    [InlineData("fluchtlingsberatung", "fluchtling|beratung")]
    [InlineData("auslanderbeirat", "auslander|beirat")]
    [InlineData("deutschkurs", "deutsch|kurs")]
    [InlineData("migrationsleitbild", "migration|leitbild")]
    [InlineData("personalausstattung", "")]
    [InlineData("beratung", "")]
    [InlineData("kurs", "")]
    public void Compounds_split_against_the_vocabulary_head_last(string word, string parts) =>
        Assert.Equal(parts, string.Join('|', Splitter.Split(word)));

    private static readonly CompoundSplitter WithGeneralGerman = new(["beratung"], new[] { "personal", "ausstattung", "erbringung", "dienst", "stelle" }.ToFrozenSet());

    [Theory]
    [InlineData("personalausstattung", "personal|ausstattung")]
    [InlineData("dienststelle", "dienst|stelle")]
    [InlineData("unterbringung", "")]
    [InlineData("fluchtlingsberatung", "fluchtling|beratung")]
    public void General_german_splits_a_compound_only_into_two_known_words(string word, string parts) =>
        Assert.Equal(parts, string.Join('|', WithGeneralGerman.Split(word)));

    private static readonly CompoundSplitter WithBareHeads = new(["patenschaft", "programm", "beratung"]);

    [Theory]
    [InlineData("patenschaftsprogramme", "patenschaft|programm")]
    [InlineData("patenschaftsprogrammen", "patenschaft|programm")]
    [InlineData("familienberatungen", "familien|beratung")]
    [InlineData("programme", "")]
    public void An_inflected_head_splits_off_as_its_bare_form(string word, string parts) =>
        Assert.Equal(parts, string.Join('|', WithBareHeads.Split(word)));

    private static readonly CompoundSplitter WithGeneralHeads = new(["zuzug", "wohnsitz", "kurs"], new[] { "stopp", "regelung", "leiter", "top" }.ToFrozenSet());

    [Theory]
    [InlineData("zuzugsstopp", "zuzug")]
    [InlineData("wohnsitzregelungen", "wohnsitz")]
    [InlineData("kursleiter", null)]
    [InlineData("zuzugstop", null)]
    [InlineData("zuzug", null)]
    [InlineData("regelungsstopp", null)]
    public void A_compound_with_a_general_head_yields_its_longer_synopsis_modifier(string word, string? modifier) =>
        // "kurs" is too short a topic to stand for a compound the data never holds; "top" is shorter than a head may be.
        Assert.Equal(modifier, WithGeneralHeads.VocabularyModifier(word));
}
