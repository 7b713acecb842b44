using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.DataQuestions;

/// <summary>Where a message is split into two questions, and where it is not.</summary>
public sealed class TwoPartQuestionTests
{
    [Theory]
    [InlineData("Welche Städte haben Angaben zur Präambel, und was steht bei Bielefeld dazu?", "Welche Städte haben Angaben zur Präambel?", "Was steht bei Bielefeld dazu?")]
    [InlineData("Von wann sind die Daten? Wie ist Stuttgart organisiert?", "Von wann sind die Daten?", "Wie ist Stuttgart organisiert?")]
    [InlineData("Zeig mir alles zu Münster; welche Städte gibt es", "Zeig mir alles zu Münster?", "Welche Städte gibt es?")]
    public void Message_asking_two_things_is_split(string message, string first, string second)
    {
        Assert.Equal((first, second), TwoPartQuestion.Split(message));
    }

    [Theory]
    [InlineData("Vergleiche Stuttgart und Bielefeld")]
    [InlineData("Aufgaben und Arbeitsweise der zuständigen Dienststelle in München")]
    [InlineData("Wo ist Integration in Stuttgart angebunden?")]
    [InlineData("Und was?")]
    public void Message_asking_one_thing_is_not_split(string message)
    {
        Assert.Null(TwoPartQuestion.Split(message));
    }
}
