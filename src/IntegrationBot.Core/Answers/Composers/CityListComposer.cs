using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Core.Cards;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>The cities of the synopsis, each with how many aspects it covers; a click shows the city's profile.</summary>
public sealed class CityListComposer(CardRenderer renderer) : IAnswerComposer
{
    public const string TemplateName = "list";

    public AnswerKind Kind => AnswerKind.CityList;

    public IReadOnlyList<string> Templates => [TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return renderer.Render(TemplateName, _ => Build(request));
    }

    private static CardContent Build(AnswerRequest request)
    {
        var synopsis = request.Synopsis;
        var count = synopsis.Cities.Count.ToString(CultureInfo.InvariantCulture);
        var title = "Städte in der Synopse";
        var subtitle = $"{count} Städte. Tippen Sie auf eine Stadt, um alles zu ihr zu sehen.";
        var text = new StringBuilder().AppendLine(title).AppendLine(subtitle);
        var items = new JsonArray();
        foreach (var city in synopsis.Cities)
        {
            var detail = $"{synopsis.ForCity(city).Count} von {synopsis.Aspects.Count} Aspekten";
            text.Append("• ").Append(CardText.Plain(city.Name)).Append(" (").Append(detail).AppendLine(")");
            items.Add(new JsonObject
            {
                ["name"] = CardText.Markdown(city.Name),
                ["detail"] = detail,
                ["action"] = FollowUpQuestions.CityProfile(city).ToJson(),
            });
        }

        text.AppendLine().Append("Quelle: ").Append(CardText.Plain(synopsis.Document.Title));
        var data = new JsonObject
        {
            ["title"] = title,
            ["subtitle"] = subtitle,
            ["items"] = items,
            ["source"] = CardText.Markdown(synopsis.Document.Title),
            ["actions"] = FollowUp.ToJson([FollowUpQuestions.ListAspects, FollowUpQuestions.Help]),
        };
        return new CardContent(data, text.ToString().Trim(), $"Die Synopse umfasst {Phrases.Cities(synopsis.Cities)}.");
    }
}
