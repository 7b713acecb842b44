using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Tests.Synopsis;

/// <summary>The optional model parts (keywords, provenance, glossary) default to empty and compare by content.</summary>
public sealed class SynopsisModelTests
{
    [Fact]
    public void Aspect_without_keywords_has_an_empty_list()
    {
        Assert.Empty(new Aspect("Orga - Anbindung", 0).Keywords);
    }

    [Fact]
    public void Aspects_with_equal_keywords_are_equal_and_different_keywords_are_not()
    {
        var a = new Aspect("Sprache", 1, ["Sprachkurs", "Deutschkurs"]);
        var b = new Aspect("Sprache", 1, new List<string> { "Sprachkurs", "Deutschkurs" });
        var c = new Aspect("Sprache", 1, ["Sprachkurs"]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.NotEqual(a, new Aspect("Sprache", 1));
    }

    [Fact]
    public void Document_without_provenance_and_glossary_says_unknown_and_empty()
    {
        var document = new SynopsisDocument("T", [], [], []);
        Assert.Same(SynopsisProvenance.Unknown, document.Provenance);
        Assert.True(document.Provenance.IsUnknown);
        Assert.Empty(document.Glossary);
    }

    [Fact]
    public void Document_keeps_the_given_provenance_and_glossary()
    {
        var provenance = new SynopsisProvenance("M. Muster", "Amt für Integration", new DateOnly(2026, 3, 12), false, new Uri("https://example.org/synopse.pdf"));
        var document = new SynopsisDocument("T", [], [], [], provenance, [new GlossaryTerm("RAA", "Regionale Arbeitsstellen")]);
        Assert.Equal("12.03.2026", document.Provenance.DateText);
        Assert.False(document.Provenance.IsUnknown);
        Assert.Equal("RAA", Assert.Single(document.Glossary).Term);
    }
}
