using IntegrationBot.Core.Cards;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>The cities of the synopsis, each with how many aspects it covers; a click shows the city's profile.</summary>
public sealed class CityListComposer(CardRenderer renderer) : IAnswerComposer
{
    public AnswerKind Kind => AnswerKind.CityList;

    public IReadOnlyList<string> Templates => [ListCard.TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var synopsis = request.Synopsis;
        var card = new ListCard(
            "Städte in der Synopse",
            $"{synopsis.Cities.Count} Städte. Tippen Sie auf eine Stadt, um alles zu ihr zu sehen.",
            CardSource.Of(synopsis.Document))
        {
            Speak = $"Die Synopse umfasst {Phrases.Cities(synopsis.Cities)}.",
        };
        card.Items.AddRange(synopsis.Cities.Select(city =>
            (city.Name, $"{synopsis.ForCity(city).Count} von {synopsis.Aspects.Count} Aspekten", FollowUpQuestions.CityProfile(city))));
        card.Actions.AddRange([FollowUpQuestions.ListAspects, FollowUpQuestions.Help]);
        return renderer.Render(ListCard.TemplateName, card.Build);
    }
}
