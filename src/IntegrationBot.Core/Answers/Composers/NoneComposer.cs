using IntegrationBot.Core.Cards;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>Questions the synopsis cannot answer: say so honestly and show what can be asked instead.</summary>
public sealed class NoneComposer(CardRenderer renderer) : IAnswerComposer
{
    private const int MaxExamples = 2;

    public AnswerKind Kind => AnswerKind.None;

    public IReadOnlyList<string> Templates => [MessageCard.TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var synopsis = request.Synopsis;
        var card = new MessageCard(
            "Das kann ich leider nicht beantworten",
            "Ich kenne nur, was in der Synopse steht: wie Städte ihre Integrationsarbeit organisieren.",
            $"Dazu gibt es Angaben zu {synopsis.Aspects.Count} Aspekten für {Phrases.Cities(synopsis.Cities)}.");
        card.Choices.AddRange(ExampleQuestions.For(synopsis).Take(MaxExamples));
        card.Actions.AddRange([FollowUpQuestions.Help, FollowUpQuestions.ListCities, FollowUpQuestions.ListAspects]);
        return renderer.Render(MessageCard.TemplateName, card.Build);
    }
}
