using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Tests.Understanding;

/// <summary>
/// Picking an offered reading relies on the German ordinal/number models of Microsoft.Recognizers.Text; these cases
/// must come from the recogniser itself, not from the lexicon fallback.
/// </summary>
public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("die zweite", 2)]
    [InlineData("die erste", 1)]
    [InlineData("der dritte bitte", 3)]
    [InlineData("Nummer 2", 2)]
    [InlineData("zwei", 2)]
    [InlineData("the second one", 2)]
    public void Numbers_and_ordinals_are_recognised_in_German_and_English(string text, int value)
    {
        Assert.Equal(value, OfferedQuestionPicker.RecognisePosition(text));
    }

    [Theory]
    [InlineData("beide")]
    [InlineData("die letzte")]
    public void Words_without_a_number_are_left_to_the_lexicon(string text)
    {
        Assert.Null(OfferedQuestionPicker.RecognisePosition(text));
    }
}
