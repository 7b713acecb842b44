using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Core.Cards;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>Ranked full-text hits: city and aspect, the snippet with the matched words in bold; a click opens the entry.</summary>
public sealed class SearchResultsComposer(CardRenderer renderer) : IAnswerComposer
{
    public const string TemplateName = "search";

    private const int MaxHits = 10;

    public AnswerKind Kind => AnswerKind.SearchResults;

    public IReadOnlyList<string> Templates => [TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return renderer.Render(TemplateName, budget => Build(request, budget));
    }

    /// <summary>
    /// After hits: the best hit's aspect across all cities and the best hit's city in full — what a reader of search
    /// results asks next; then the aspect list. Without hits: where to look instead.
    /// </summary>
    private static IEnumerable<FollowUp> FollowUps(AnswerRequest request, IReadOnlyList<Search.SearchHit> hits)
    {
        var synopsis = request.Synopsis;
        if (hits.Count > 0)
        {
            var best = hits[0];
            if (synopsis.ForAspect(best.Aspect).Count >= 2)
            {
                yield return FollowUpQuestions.AllCitiesNamed(best.Aspect) with { Title = $"{best.Aspect.Title}: alle Städte" };
            }

            foreach (var city in hits.Select(static h => h.City).Distinct().Where(c => synopsis.ForCity(c).Count > 1).Take(2))
            {
                yield return FollowUpQuestions.CityProfile(city);
            }
        }

        yield return FollowUpQuestions.ListAspects;
        if (hits.Count == 0)
        {
            yield return FollowUpQuestions.Help;
        }
    }

    private static CardContent Build(AnswerRequest request, ContentBudget budget)
    {
        var recognition = request.Recognition;
        var hits = recognition.Results.Take(MaxHits).ToList();
        // The title names the search in the user's words; the expanded terms (English → German) are the index's business.
        var asked = recognition.AskedWords.Count > 0 ? recognition.AskedWords : recognition.SearchTerms;
        var terms = string.Join(" ", asked.Select(CardText.Plain));
        var title = terms.Length > 0 ? $"Suche: „{terms}“" : "Suche in der Synopse";
        var subtitle = hits.Count switch
        {
            0 => "Dazu habe ich in der Synopse nichts gefunden. Versuchen Sie ein anderes Stichwort oder fragen Sie nach einem Aspekt.",
            1 => "1 Treffer. Tippen Sie auf seine Überschrift für den ganzen Eintrag.",
            _ => $"{hits.Count.ToString(CultureInfo.InvariantCulture)} Treffer, beste zuerst. Tippen Sie auf die Überschrift eines Treffers für den ganzen Eintrag.",
        };
        var snippetLength = Math.Min(400, budget.MaxCharsPerEntry ?? 400);

        var text = new StringBuilder().AppendLine(title).AppendLine(subtitle);
        var items = new JsonArray();
        foreach (var hit in hits)
        {
            var heading = $"{hit.City.Name} · {hit.Aspect.Title}";
            var snippet = CardText.Shorten(CardText.Plain(hit.Snippet), snippetLength);
            text.AppendLine().AppendLine(CardText.Plain(heading)).AppendLine(snippet);
            items.Add(new JsonObject
            {
                // The heading is the hit's only clickable part and is named by its own words (WCAG 2.5.3), so the
                // snippet stays readable content instead of disappearing into a button's name.
                ["heading"] = CardText.Breakable(CardText.Plain(heading)),
                ["runs"] = TextRunView.Highlight(snippet, [.. hit.MatchedWords]),
                ["action"] = (FollowUpQuestions.Entry(hit.City, hit.Aspect) with { Title = heading }).ToJson(),
            });
        }

        var source = CardSource.Of(request.Synopsis.Document);
        text.AppendLine().Append(source.PlainLine);
        var data = new JsonObject
        {
            ["title"] = CardText.Markdown(title),
            ["subtitle"] = CardText.Markdown(subtitle),
            ["hits"] = items,
            ["source"] = source.Markdown,
            ["actions"] = FollowUp.ToJson(FollowUps(request, hits)),
        };
        var speak = hits.Count == 0
            ? $"{title}. Keine Treffer."
            : $"{title}. Treffer in {FollowUpQuestions.JoinGerman([.. hits.Select(h => h.City.Name).Distinct()])}.";
        return new CardContent(data, text.ToString().Trim(), speak);
    }
}
