using System.Globalization;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>
/// Coverage questions as lists: the cities that have (or lack) an entry for an aspect, the cities ranked by their
/// number of entries (most or fewest first), or one city's aspects with and without an entry. A click opens the entry
/// or the city.
/// </summary>
public sealed class CoverageDetailComposer(CardRenderer renderer) : IAnswerComposer
{
    public AnswerKind Kind => AnswerKind.CoverageDetail;

    public IReadOnlyList<string> Templates => [ListCard.TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recognition = request.Recognition;
        var card = recognition.Coverage switch
        {
            CoverageQuestion.Most or CoverageQuestion.Fewest => Ranking(request.Synopsis, recognition.Coverage == CoverageQuestion.Most),
            CoverageQuestion.City => CityCoverage(request.Synopsis, recognition.Cities[0]),
            _ => AspectCoverage(request.Synopsis, recognition),
        };
        return renderer.Render(ListCard.TemplateName, card.Build);
    }

    /// <summary>Which cities have or lack an entry, per asked aspect (several aspects: each line says which).</summary>
    private static ListCard AspectCoverage(ISynopsisRepository synopsis, RecognitionResult recognition)
    {
        var lacks = recognition.Coverage == CoverageQuestion.Lacks;
        var cities = recognition.Cities.Count > 0 ? recognition.Cities : synopsis.Cities;
        var aspects = recognition.Aspects;
        var sentences = new List<string>();
        var items = new List<(string, string, FollowUp)>();
        foreach (var aspect in aspects)
        {
            var with = cities.Where(c => synopsis.Find(c, aspect) is not null).ToList();
            var without = cities.Where(c => synopsis.Find(c, aspect) is null).ToList();
            var named = lacks ? without : with;
            var about = $"„{aspect.Title}“";
            sentences.Add(named.Count == 0
                ? lacks ? $"Zu {about} haben alle {Count(cities.Count)} Angaben." : $"Zu {about} hat keine der {Count(cities.Count)} Angaben."
                : lacks
                    ? $"Keine Angaben zu {about}: {Phrases.Cities(named)} ({named.Count} von {cities.Count})."
                    : $"Angaben zu {about}: {Phrases.Cities(named)} ({named.Count} von {cities.Count}).");
            foreach (var city in named)
            {
                var entry = synopsis.Find(city, aspect);
                var label = aspects.Count == 1 ? city.Name : $"{city.Name} · {aspect.Title}";
                items.Add(entry is null
                    ? (label, EntryView.NoEntry, FollowUpQuestions.CityProfile(city))
                    : (label, entry.ExamplesOnly ? "Angabe (nur Beispiele)" : "Angabe vorhanden", FollowUpQuestions.Entry(city, aspect) with { Title = city.Name }));
            }
        }

        var title = aspects.Count == 1
            ? $"{aspects[0].Title}: {(lacks ? "Städte ohne Angaben" : "Städte mit Angaben")}"
            : lacks ? "Städte ohne Angaben" : "Städte mit Angaben";
        var subtitle = string.Join(" ", sentences.Append(Phrases.FromContext(recognition.FromContext)).Where(static s => s.Length > 0));
        var card = new ListCard(title, subtitle, CardSource.Of(synopsis.Document)) { Speak = subtitle };
        card.Items.AddRange(items);
        card.Actions.AddRange(aspects.Take(2).Select(FollowUpQuestions.AllCitiesNamed));
        card.Actions.Add(FollowUpQuestions.ListAspects);
        return card;
    }

    /// <summary>Cities by number of entries; ties share the first place and are all named.</summary>
    private static ListCard Ranking(ISynopsisRepository synopsis, bool most)
    {
        var counts = synopsis.Cities.Select(c => (City: c, Count: synopsis.ForCity(c).Count)).ToList();
        var ranked = (most ? counts.OrderByDescending(static c => c.Count) : counts.OrderBy(static c => c.Count)).ToList();
        var total = synopsis.Aspects.Count;
        string lead;
        if (ranked.Count == 0)
        {
            lead = "Die Synopse enthält keine Städte.";
        }
        else
        {
            var best = ranked[0].Count;
            var top = ranked.Where(c => c.Count == best).Select(static c => c.City).ToList();
            var what = most ? "die meisten" : "die wenigsten";
            lead = top.Count == 1
                ? $"{top[0].Name} hat {what} Einträge: {best} von {total} Aspekten."
                : $"{Phrases.Cities(top)} haben {what} Einträge: je {best} von {total} Aspekten.";
        }

        var card = new ListCard(most ? "Städte mit den meisten Einträgen" : "Städte mit den wenigsten Einträgen", lead, CardSource.Of(synopsis.Document)) { Speak = lead };
        card.Items.AddRange(ranked.Select(c => (c.City.Name, $"{c.Count} von {total} Aspekten", FollowUpQuestions.CityProfile(c.City))));
        card.Actions.AddRange([FollowUpQuestions.ListAspects, FollowUpQuestions.ListCities]);
        return card;
    }

    /// <summary>One city: its aspects with an entry first, then those without.</summary>
    private static ListCard CityCoverage(ISynopsisRepository synopsis, City city)
    {
        var with = synopsis.Aspects.Where(a => synopsis.Find(city, a) is not null).ToList();
        var without = synopsis.Aspects.Where(a => synopsis.Find(city, a) is null).ToList();
        var lead = $"{city.Name} hat Angaben zu {with.Count} von {synopsis.Aspects.Count} Aspekten."
            + (without.Count > 0 ? $" Keine Angaben zu: {FollowUpQuestions.JoinGerman([.. without.Select(static a => a.Title)])}." : " Keiner fehlt.");
        var card = new ListCard($"{city.Name}: Abdeckung", lead, CardSource.Of(synopsis.Document)) { Speak = lead };
        card.Items.AddRange(with.Select(a => (a.Title, synopsis.Find(city, a)!.ExamplesOnly ? "Angabe (nur Beispiele)" : "Angabe vorhanden", FollowUpQuestions.Entry(city, a))));
        card.Items.AddRange(without.Select(a => (a.Title, EntryView.NoEntry, FollowUpQuestions.AllCitiesNamed(a))));
        card.Actions.AddRange([FollowUpQuestions.CityProfile(city), FollowUpQuestions.ListCities]);
        return card;
    }

    private static string Count(int cities) => cities == 1 ? "1 Stadt" : $"{cities.ToString(CultureInfo.InvariantCulture)} Städte";
}
