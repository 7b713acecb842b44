using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>Greeting, thanks and goodbye: a short friendly card that still offers the next question.</summary>
public sealed class SmallTalkComposer(CardRenderer renderer) : IAnswerComposer
{
    private const int MaxExamples = 2;

    public AnswerKind Kind => AnswerKind.SmallTalk;

    public IReadOnlyList<string> Templates => [MessageCard.TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var card = request.Recognition.Intent switch
        {
            Intent.Greeting => new MessageCard("Hallo!", "Ich beantworte Ihre Fragen zur Integrationsarbeit der Städte in der Synopse. Womit kann ich helfen?"),
            Intent.Thanks => new MessageCard("Gern geschehen!", "Fragen Sie gern weiter – zu einer Stadt, einem Aspekt oder als Vergleich."),
            _ => new MessageCard("Auf Wiedersehen!", "Bis zum nächsten Mal – ich bin da, wenn Sie wieder Fragen zur Synopse haben."),
        };
        if (request.Recognition.Intent != Intent.Goodbye)
        {
            card.Actions.AddRange(ExampleQuestions.For(request.Synopsis).Take(MaxExamples));
        }

        card.Actions.Add(FollowUpQuestions.Help);
        return renderer.Render(MessageCard.TemplateName, card.Build);
    }
}
