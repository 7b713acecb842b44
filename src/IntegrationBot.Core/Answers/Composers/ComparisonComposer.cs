using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Export;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>Named cities × asked aspects (or all aspects of two or more cities): one section per aspect, cities side by side.</summary>
public sealed class ComparisonComposer(CardRenderer renderer, IExportLinks? exports = null) : IAnswerComposer
{
    private const int MaxActions = 5;

    public AnswerKind Kind => AnswerKind.Comparison;

    public IReadOnlyList<string> Templates => [EntriesCard.TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (recognition, synopsis) = (request.Recognition, request.Synopsis);
        var cities = recognition.Cities;
        var aspects = EntryQuery.AspectsOrAll(request);
        var single = cities.Count == 1 && aspects.Count == 1;
        var title = (cities.Count, aspects.Count) switch
        {
            (1, 1) => $"{cities[0].Name}: {aspects[0].Title}",
            (_, 1) => $"Vergleich: {aspects[0].Title}",
            (1, _) => $"{cities[0].Name}: {FollowUpQuestions.JoinGerman([.. aspects.Select(a => a.Title)])}",
            _ => $"Vergleich: {Phrases.Cities(cities)}",
        };
        var subtitle = string.Join(" ", new[] { cities.Count > 1 && aspects.Count == 1 ? Phrases.Cities(cities) : string.Empty, Phrases.FromContext(recognition.FromContext) }
            .Where(s => s.Length > 0)
            .Select((s, i) => i == 0 && recognition.FromContext.Count > 0 && !s.EndsWith('.') ? s + "." : s));

        var card = new EntriesCard(title, subtitle, CardSource.Of(synopsis.Document))
        {
            Speak = single ? title : $"{title}. {Phrases.Cities(cities)}.",
        };
        foreach (var aspect in aspects)
        {
            card.AddGroup(aspects.Count == 1 ? string.Empty : aspect.Title, EntryQuery.Row(synopsis, cities, aspect, cityHeadings: !single));
        }

        if (recognition.UnknownCities.Count > 0)
        {
            card.AddNote(Phrases.NotCovered(recognition.UnknownCities));
        }

        card.Actions.AddRange(FollowUps(request).Take(MaxActions));
        card.Downloads.AddRange(ExportDownloads.For(exports, new ExportRequest(ExportKind.Comparison, [.. cities.Select(static c => c.Name)], [.. recognition.Aspects.Select(static a => a.Title)])));
        var cityNames = cities.Select(static c => c.Name).ToList();
        card.NextPage = omitted => aspects.Count == 1
            ? FollowUpQuestions.NextPage([aspects[0].Title], [.. omitted.Select(static o => o.Entry).Where(static e => e.Length > 0).Distinct().Take(FollowUpQuestions.PageCities)])
            : FollowUpQuestions.NextPage([.. omitted.Select(static o => o.Group).Where(static g => g.Length > 0).Distinct().Take(FollowUpQuestions.PageAspects)], cityNames);
        return renderer.Render(EntriesCard.TemplateName, card.Build);
    }

    /// <summary>
    /// Only follow-ups that have an answer and show something new: other aspects of a city only when it has entries
    /// beyond the ones shown; a comparison partner only when it shares an entry on the aspect with a shown city; all
    /// cities only when another city has an entry; a city's profile only when the card does not show it already.
    /// </summary>
    private static IEnumerable<FollowUp> FollowUps(AnswerRequest request)
    {
        var (cities, synopsis) = (request.Recognition.Cities, request.Synopsis);
        var asked = request.Recognition.Aspects;
        var shown = EntryQuery.AspectsOrAll(request);
        bool HasMore(Synopsis.City city) => synopsis.ForCity(city).Any(e => !shown.Contains(e.Aspect));
        if (asked.Count == 1)
        {
            var aspect = asked[0];
            if (cities.Count == 1 && HasMore(cities[0]))
            {
                yield return FollowUpQuestions.OtherAspects(cities[0]);
            }

            var anyShownHasEntry = cities.Any(c => synopsis.Find(c, aspect) is not null);
            var other = anyShownHasEntry ? synopsis.ForAspect(aspect).Select(e => e.City).FirstOrDefault(c => !cities.Contains(c)) : null;
            if (other is not null)
            {
                yield return FollowUpQuestions.CompareWith(aspect, cities, other);
            }

            if (synopsis.ForAspect(aspect).Count(e => !cities.Contains(e.City)) >= (other is null ? 1 : 2))
            {
                yield return FollowUpQuestions.AllCities(aspect);
            }
        }

        if (cities.Count > 1 || asked.Count != 1)
        {
            foreach (var city in cities.Where(HasMore))
            {
                yield return FollowUpQuestions.CityProfile(city);
            }
        }
    }
}
