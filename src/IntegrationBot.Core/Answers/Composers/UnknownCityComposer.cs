using IntegrationBot.Core.Cards;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>
/// The question names only places the synopsis does not cover: say so plainly, and offer the covered cities
/// (for the asked aspect when there is one).
/// </summary>
public sealed class UnknownCityComposer(CardRenderer renderer) : IAnswerComposer
{
    private const int MaxChoices = 6;

    public AnswerKind Kind => AnswerKind.UnknownCity;

    public IReadOnlyList<string> Templates => [MessageCard.TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (recognition, synopsis) = (request.Recognition, request.Synopsis);
        var aspect = recognition.Aspects.FirstOrDefault();
        var offer = aspect is null
            ? synopsis.Cities.Select(FollowUpQuestions.CityProfile)
            : synopsis.ForAspect(aspect).Select(e => FollowUpQuestions.Entry(e.City, aspect) with { Title = e.City.Name });
        var card = new MessageCard(
            Phrases.NotCovered(recognition.UnknownCities),
            Phrases.Covered(synopsis),
            aspect is null ? "Zu diesen Städten kann ich Ihnen etwas sagen:" : $"Angaben zu „{aspect.Title}“ gibt es für:");
        card.Choices.AddRange(offer.Take(MaxChoices));
        if (aspect is not null)
        {
            card.Actions.Add(FollowUpQuestions.AllCities(aspect));
        }

        card.Actions.Add(FollowUpQuestions.ListCities);
        return renderer.Render(MessageCard.TemplateName, card.Build);
    }
}
