using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Answers;

/// <summary>Example questions built from the loaded synopsis (never hard-coded cities), so they always have answers.</summary>
public static class ExampleQuestions
{
    public static IReadOnlyList<FollowUp> For(ISynopsisRepository synopsis)
    {
        var examples = new List<FollowUp>();
        var first = synopsis.Aspects.Select(a => (Aspect: a, Entries: synopsis.ForAspect(a))).FirstOrDefault(x => x.Entries.Count > 0);
        if (first.Aspect is not null)
        {
            examples.Add(FollowUpQuestions.Entry(first.Entries[0].City, first.Aspect) with { Title = $"{first.Aspect.Title} in {first.Entries[0].City.Name}" });
        }

        var comparable = synopsis.Aspects.Select(a => (Aspect: a, Entries: synopsis.ForAspect(a))).LastOrDefault(x => x.Entries.Count >= 2);
        if (comparable.Aspect is not null)
        {
            var pair = comparable.Entries.Take(2).Select(e => e.City).ToList();
            examples.Add(FollowUpQuestions.CompareWith(comparable.Aspect, [pair[0]], pair[1]) with { Title = $"{pair[0].Name} und {pair[1].Name} vergleichen" });
        }

        if (synopsis.Cities.Count > 0)
        {
            examples.Add(FollowUpQuestions.CityProfile(synopsis.Cities[^1]));
        }

        if (synopsis.Aspects.Count > 0)
        {
            var aspect = synopsis.Aspects[0];
            examples.Add(FollowUpQuestions.AllCitiesNamed(aspect) with { Title = $"{aspect.Title} in allen Städten" });
        }

        return examples;
    }
}
