using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Export;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>Everything the synopsis says about one city, aspect by aspect; aspects without an entry say so.</summary>
public sealed class CityProfileComposer(CardRenderer renderer, IExportLinks? exports = null) : IAnswerComposer
{
    private const int MaxCompareButtons = 2;

    public AnswerKind Kind => AnswerKind.CityProfile;

    public IReadOnlyList<string> Templates => [EntriesCard.TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var synopsis = request.Synopsis;
        var city = request.Recognition.Cities[0];
        var withEntry = synopsis.ForCity(city).Count;
        var subtitle = $"Angaben zu {withEntry} von {synopsis.Aspects.Count} Aspekten der Synopse.";
        var card = new EntriesCard($"{city.Name}: alle Aspekte", subtitle, CardSource.Of(synopsis.Document))
        {
            Speak = $"{city.Name}: {subtitle}",
        };
        foreach (var aspect in synopsis.Aspects)
        {
            card.AddGroup(aspect.Title, EntryQuery.Row(synopsis, [city], aspect, cityHeadings: false));
        }

        if (request.Recognition.UnknownCities.Count > 0)
        {
            card.AddNote(Phrases.NotCovered(request.Recognition.UnknownCities));
        }

        card.Actions.AddRange(synopsis.Cities.Where(c => c != city).Take(MaxCompareButtons).Select(other => FollowUpQuestions.CompareCities(city, other)));
        card.Actions.Add(FollowUpQuestions.ListCities);
        card.Downloads.AddRange(ExportDownloads.For(exports, new ExportRequest(ExportKind.Profile, [city.Name], [])));
        return renderer.Render(EntriesCard.TemplateName, card.Build);
    }
}
