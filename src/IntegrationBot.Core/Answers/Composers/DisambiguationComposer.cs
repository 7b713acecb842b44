using IntegrationBot.Core.Cards;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>"Meinten Sie …?": the recognizer's best readings as buttons, each sending the full question.</summary>
public sealed class DisambiguationComposer(CardRenderer renderer) : IAnswerComposer
{
    private const int MaxChoices = 5;

    public AnswerKind Kind => AnswerKind.Disambiguation;

    public IReadOnlyList<string> Templates => [MessageCard.TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var alternatives = request.Recognition.Alternatives.Take(MaxChoices).ToList();
        var card = new MessageCard("Meinten Sie …?", "Ich bin nicht sicher, wie Ihre Frage gemeint ist. Bitte wählen Sie:")
        {
            Speak = "Meinten Sie " + string.Join(" oder ", alternatives.Select(a => CardText.Plain(a.Label))) + "?",
        };
        card.Choices.AddRange(alternatives.Select(a => new FollowUp(a.Label, a.Question)));
        card.Actions.Add(FollowUpQuestions.Help);
        return renderer.Render(MessageCard.TemplateName, card.Build);
    }
}
