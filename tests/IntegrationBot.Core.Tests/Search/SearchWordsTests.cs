using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Tests.Understanding;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Search;

/// <summary>
/// A search question keeps the words the shipped lexicon takes as aspect cues ("dezentral" is a cue of Orga-Struktur)
/// when entries contain them, on a small synopsis built here.
/// </summary>
public sealed class SearchWordsTests
{
    private static readonly Aspect Structure = new("Orga-Struktur", 0);
    private static readonly Aspect Work = new("Arbeitsweise", 1);

    private static readonly SynopsisDocument Synopsis = new(
        "Test",
        [Structure, Work],
        [new City("Alpha"), new City("Beta")],
        [
            new Entry(Structure, new City("Alpha"), false, [new Paragraph("Die Stelle arbeitet mit dezentralen Stadtteilbüros.")]),
            new Entry(Work, new City("Beta"), false, [new Paragraph("Die Stelle arbeitet eng mit Vereinen und arbeitet mit dem Jobcenter.")]),
        ]);

    private static readonly Lazy<Recognizer> Recognizer = new(() => new Recognizer(Synopsis, Seed.Lexicon));

    [Theory]
    [InlineData("Welche Städte arbeiten dezentral?", "dezentral", "Alpha")]
    [InlineData("Wo arbeitet man dezentral?", "dezentral", "Alpha")]
    public void Search_keeps_an_aspect_cue_word_the_entries_contain(string question, string word, string city)
    {
        var recognition = Recognizer.Value.Recognize(question, ConversationContext.Empty, Seed.Now);

        Assert.Equal(Intent.Search, recognition.Intent);
        Assert.Contains(word, recognition.AskedWords);
        Assert.Equal(city, recognition.Results[0].City.Name);
    }
}
