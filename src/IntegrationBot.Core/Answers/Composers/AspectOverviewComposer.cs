using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Export;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>One aspect (or a few) across every city of the synopsis, including the cities without an entry.</summary>
public sealed class AspectOverviewComposer(CardRenderer renderer, IExportLinks? exports = null) : IAnswerComposer
{
    private const int MaxProfileButtons = 3;

    public AnswerKind Kind => AnswerKind.AspectOverview;

    public IReadOnlyList<string> Templates => [EntriesCard.TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (recognition, synopsis) = (request.Recognition, request.Synopsis);
        var aspects = recognition.Aspects;
        var first = aspects[0];
        var withEntry = synopsis.ForAspect(first).Count;
        var title = aspects.Count == 1 ? $"{first.Title}: alle Städte" : $"{FollowUpQuestions.JoinGerman([.. aspects.Select(a => a.Title)])}: alle Städte";
        var subtitle = string.Join(" ", new[]
        {
            aspects.Count == 1 ? $"Angaben von {withEntry} der {synopsis.Cities.Count} Städte." : string.Empty,
            Phrases.FromContext(recognition.FromContext),
        }.Where(s => s.Length > 0));
        var card = new EntriesCard(title, subtitle, CardSource.Of(synopsis.Document)) { Speak = $"{title}. {subtitle}" };
        foreach (var aspect in aspects)
        {
            // Nobody asked about a particular city: show the cities that have something, and name the rest in one line.
            var row = EntryQuery.Row(synopsis, synopsis.Cities, aspect, cityHeadings: true);
            var present = row.Where(e => e.Entry is not null).ToList();
            var without = row.Where(e => e.Entry is null).Select(e => e.Heading).ToList();
            card.AddGroup(aspects.Count == 1 ? string.Empty : aspect.Title, present.Count > 0 ? present : row);
            if (present.Count > 0 && without.Count > 0)
            {
                card.AddNote(aspects.Count == 1
                    ? $"{EntryView.NoEntry}: {FollowUpQuestions.JoinGerman(without)}."
                    : $"{EntryView.NoEntry} zu „{aspect.Title}“: {FollowUpQuestions.JoinGerman(without)}.");
            }
        }

        if (request.Recognition.UnknownCities.Count > 0)
        {
            card.AddNote(Phrases.NotCovered(request.Recognition.UnknownCities));
        }

        // A city's profile only when it has more than the aspects shown here.
        card.Actions.AddRange(synopsis.ForAspect(first)
            .Where(e => synopsis.ForCity(e.City).Any(other => !aspects.Contains(other.Aspect)))
            .Take(MaxProfileButtons)
            .Select(e => FollowUpQuestions.CityProfile(e.City)));
        card.Actions.Add(FollowUpQuestions.ListAspects);
        card.Downloads.AddRange(ExportDownloads.For(exports, new ExportRequest(ExportKind.Overview, [], [.. aspects.Select(static a => a.Title)])));
        if (aspects.Count == 1)
        {
            card.NextPage = omitted => FollowUpQuestions.NextPage([first.Title], [.. omitted.Select(static o => o.Entry).Distinct().Take(FollowUpQuestions.PageCities)]);
        }
        return renderer.Render(EntriesCard.TemplateName, card.Build);
    }
}
