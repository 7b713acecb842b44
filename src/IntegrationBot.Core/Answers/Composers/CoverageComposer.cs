using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>
/// The aspects of the synopsis and who covers them: a table (aspects × cities, ✓/–) while the cities fit side by side,
/// otherwise a list of aspects with "n von m Städten". A click on an aspect compares all cities.
/// </summary>
public sealed class CoverageComposer(CardRenderer renderer) : IAnswerComposer
{
    public const string TemplateName = "coverage";

    /// <summary>More city columns than this do not fit a Teams message width.</summary>
    public const int MaxTableCities = 6;

    private const string Has = "✓";
    private const string HasExamples = "✓ (Bsp.)";
    private const string Missing = "–";
    private const int MaxActions = 3;

    public AnswerKind Kind => AnswerKind.Coverage;

    public IReadOnlyList<string> Templates => [TemplateName, ListCard.TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var synopsis = request.Synopsis;
        return synopsis.Cities.Count <= MaxTableCities
            ? renderer.Render(TemplateName, budget => Table(synopsis, budget))
            : renderer.Render(ListCard.TemplateName, List(synopsis).Build);
    }

    private static string Title => "Aspekte der Synopse";

    private static string Speak(ISynopsisRepository synopsis) =>
        $"Die Synopse hat {synopsis.Aspects.Count} Aspekte: {FollowUpQuestions.JoinGerman([.. synopsis.Aspects.Select(a => a.Title)])}.";

    private static IEnumerable<FollowUp> Actions(ISynopsisRepository synopsis) =>
        synopsis.Aspects.Take(MaxActions).Select(FollowUpQuestions.AllCitiesNamed).Append(FollowUpQuestions.ListCities);

    private static ListCard List(ISynopsisRepository synopsis)
    {
        var card = new ListCard(Title, $"{synopsis.Aspects.Count} Aspekte, {synopsis.Cities.Count} Städte. Tippen Sie auf einen Aspekt für den Vergleich aller Städte.", CardSource.Of(synopsis.Document))
        {
            Speak = Speak(synopsis),
        };
        card.Items.AddRange(synopsis.Aspects.Select(aspect =>
            (aspect.Title, $"{synopsis.ForAspect(aspect).Count} von {synopsis.Cities.Count} Städten", FollowUpQuestions.AllCitiesNamed(aspect))));
        card.Actions.AddRange(Actions(synopsis));
        return card;
    }

    private static CardContent Table(ISynopsisRepository synopsis, ContentBudget budget)
    {
        var subtitle = $"{synopsis.Aspects.Count} Aspekte, {synopsis.Cities.Count} Städte: wer hat wozu Angaben? Tippen Sie auf einen Aspekt für den Vergleich aller Städte.";
        var legend = $"{Has} Angabe vorhanden · {HasExamples} nur Beispiele · {Missing} keine Angabe in der Synopse";
        var text = new StringBuilder().AppendLine(Title).AppendLine(subtitle).AppendLine();
        var (shown, omitted) = budget.Take(synopsis.Aspects);
        var rows = new JsonArray();
        foreach (var aspect in shown)
        {
            var marks = synopsis.Cities.Select(city => synopsis.Find(city, aspect) switch
            {
                null => Missing,
                { ExamplesOnly: true } => HasExamples,
                _ => Has,
            }).ToList();
            var with = synopsis.Cities.Where((_, i) => marks[i] != Missing).Select(c => c.Name).ToList();
            var summary = with.Count > 0 ? FollowUpQuestions.JoinGerman(with) : "keine Stadt";
            text.Append("• ").Append(CardText.Plain(aspect.Title)).Append(": ").AppendLine(CardText.Plain(summary));
            rows.Add(new JsonObject
            {
                ["aspect"] = CardText.Markdown(aspect.Title),
                ["summary"] = CardText.Markdown(summary),
                ["action"] = FollowUpQuestions.AllCitiesNamed(aspect).ToJson(),
                ["marks"] = new JsonArray([.. marks.Select(m => (JsonNode)new JsonObject { ["mark"] = m })]),
            });
        }

        var notes = new JsonArray();
        if (omitted.Count > 0)
        {
            var note = ContentBudget.OmittedNote([.. omitted.Select(a => a.Title)], "Fragen Sie gezielt danach.");
            text.AppendLine(note);
            notes.Add(new JsonObject { ["text"] = CardText.Markdown(note) });
        }

        text.AppendLine().Append("Quelle: ").Append(CardSource.Of(synopsis.Document).PlainText);
        var data = new JsonObject
        {
            ["title"] = Title,
            ["subtitle"] = subtitle,
            ["cities"] = new JsonArray([.. synopsis.Cities.Select(c => (JsonNode)new JsonObject { ["name"] = CardText.Markdown(c.Name) })]),
            ["rows"] = rows,
            ["legend"] = legend,
            ["notes"] = notes,
            ["source"] = CardSource.Of(synopsis.Document).Markdown,
            ["actions"] = FollowUp.ToJson(Actions(synopsis)),
        };
        return new CardContent(data, text.ToString().Trim(), Speak(synopsis));
    }
}
