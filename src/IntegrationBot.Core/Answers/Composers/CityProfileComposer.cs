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

        // A comparison partner only when the two share an aspect both have an entry for.
        var own = synopsis.ForCity(city).Select(static e => e.Aspect).ToHashSet();
        card.Actions.AddRange(synopsis.Cities
            .Where(c => c != city)
            .Select(c => (City: c, Shared: synopsis.ForCity(c).Count(e => own.Contains(e.Aspect))))
            .Where(static p => p.Shared > 0)
            .OrderByDescending(static p => p.Shared)
            .Take(MaxCompareButtons)
            .Select(p => FollowUpQuestions.CompareCities(city, p.City)));
        card.Actions.Add(FollowUpQuestions.ListCities);
        card.Downloads.AddRange(ExportDownloads.For(exports, new ExportRequest(ExportKind.Profile, [city.Name], [])));
        card.NextPage = omitted => FollowUpQuestions.NextPage([.. omitted.Select(static o => o.Group).Distinct().Take(FollowUpQuestions.PageAspects)], [city.Name]);
        return renderer.Render(EntriesCard.TemplateName, card.Build);
    }
}
