using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Core.Cards;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>The aspects of the synopsis as a table: which city has an entry for which aspect. A click on an aspect compares all cities.</summary>
public sealed class CoverageComposer(CardRenderer renderer) : IAnswerComposer
{
    public const string TemplateName = "coverage";

    private const string Has = "✓";
    private const string HasExamples = "✓ (Bsp.)";
    private const string Missing = "–";
    private const int MaxActions = 3;

    public AnswerKind Kind => AnswerKind.Coverage;

    public IReadOnlyList<string> Templates => [TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return renderer.Render(TemplateName, _ => Build(request));
    }

    private static CardContent Build(AnswerRequest request)
    {
        var synopsis = request.Synopsis;
        var title = "Aspekte der Synopse";
        var subtitle = $"{synopsis.Aspects.Count} Aspekte, {synopsis.Cities.Count} Städte: wer hat wozu Angaben? Tippen Sie auf einen Aspekt für den Vergleich aller Städte.";
        var legend = $"{Has} Angabe vorhanden · {HasExamples} nur Beispiele · {Missing} keine Angabe in der Synopse";
        var text = new StringBuilder().AppendLine(title).AppendLine(subtitle).AppendLine();
        var rows = new JsonArray();
        foreach (var aspect in synopsis.Aspects)
        {
            var marks = synopsis.Cities.Select(city => synopsis.Find(city, aspect) switch
            {
                null => Missing,
                { ExamplesOnly: true } => HasExamples,
                _ => Has,
            }).ToList();
            var with = synopsis.Cities.Where((_, i) => marks[i] != Missing).Select(c => c.Name).ToList();
            text.Append("• ").Append(CardText.Plain(aspect.Title)).Append(": ")
                .AppendLine(with.Count > 0 ? CardText.Plain(FollowUpQuestions.JoinGerman(with)) : "keine Stadt");
            rows.Add(new JsonObject
            {
                ["aspect"] = CardText.Markdown(aspect.Title),
                ["summary"] = CardText.Markdown(with.Count > 0 ? FollowUpQuestions.JoinGerman(with) : "keine Stadt"),
                ["action"] = FollowUpQuestions.AllCitiesNamed(aspect).ToJson(),
                ["marks"] = new JsonArray([.. marks.Select(m => (JsonNode)new JsonObject { ["mark"] = m })]),
            });
        }

        text.AppendLine().Append("Quelle: ").Append(CardText.Plain(synopsis.Document.Title));
        var data = new JsonObject
        {
            ["title"] = title,
            ["subtitle"] = subtitle,
            ["cities"] = new JsonArray([.. synopsis.Cities.Select(c => (JsonNode)new JsonObject { ["name"] = CardText.Markdown(c.Name) })]),
            ["rows"] = rows,
            ["legend"] = legend,
            ["source"] = CardText.Markdown(synopsis.Document.Title),
            ["actions"] = FollowUp.ToJson(synopsis.Aspects.Take(MaxActions).Select(FollowUpQuestions.AllCitiesNamed).Append(FollowUpQuestions.ListCities)),
        };
        return new CardContent(data, text.ToString().Trim(), $"Die Synopse hat {synopsis.Aspects.Count} Aspekte: {FollowUpQuestions.JoinGerman([.. synopsis.Aspects.Select(a => a.Title)])}.");
    }
}
