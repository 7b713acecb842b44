using IntegrationBot.Core.Cards;

namespace IntegrationBot.Core.Tests.Cards;

public sealed class MessageCardTests
{
    [Theory]
    [InlineData("Das kann ich leider nicht beantworten", "Ich kenne nur die Synopse", "Das kann ich leider nicht beantworten. Ich kenne nur die Synopse.")]
    [InlineData("Hallo!", "Womit kann ich helfen?", "Hallo! Womit kann ich helfen?")]
    [InlineData("Zu Köln enthält die Synopse keine Angaben.", "Angaben gibt es für:", "Zu Köln enthält die Synopse keine Angaben. Angaben gibt es für:")]
    public void Spoken_title_and_lines_read_as_separate_sentences(string title, string line, string speak)
    {
        var content = new MessageCard(title, line).Build(ContentBudget.Generous);

        Assert.Equal(speak, content.Speak);
    }
}
