using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding.Aspects;

/// <summary>
/// General words for people ("Menschen", "Leute", "Personen") in a title say for whom, like the field's own words for its
/// people: "Menschen mit Behinderung" is about disability, and almost every question of the field is about people.
/// </summary>
public sealed class PeopleWordTests
{
    private static readonly Aspect Disability = new("Menschen mit Behinderung und Migrationshintergrund", 0);
    private static readonly Aspect Counselling = new("Asylsozialberatung", 1);

    private static readonly Lazy<Recognizer> Recognizer = new(() => KielUlmSynopsis.Recognizer(
        Disability, "Beratung im Inklusionsbüro, Lotsinnen begleiten Familien.", "Frühförderung mit Sprachmittlung.",
        Counselling, "Sozialarbeiter eines freien Trägers beraten in den Gemeinschaftsunterkünften.", "Sprechstunden in jeder Unterkunft."));

    [Theory]
    [InlineData("Menschen", false)]
    [InlineData("Leute", false)]
    [InlineData("Behinderung", true)]
    public void A_general_word_for_people_does_not_name_a_title_that_says_which_people(string word, bool named)
    {
        var ranked = Recognizer.Value.Model.AspectRanker.Rank(word);
        Assert.Equal(named, ranked.Any(r => r.Aspect == Disability && r.Named));
    }

    [Theory]
    [InlineData("Wer berät in Kiel die Leute in den Gemeinschaftsunterkünften?")]
    [InlineData("Wer berät die Menschen in den Unterkünften in Ulm?")]
    public void A_question_about_people_goes_to_the_aspect_its_other_words_name(string text)
    {
        var result = Recognizer.Value.Recognize(text, ConversationContext.Empty, Seed.Now);
        Assert.Equal(Intent.Query, result.Intent);
        Assert.Equal([Counselling], result.Aspects);
    }
}
