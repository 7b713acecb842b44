using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Core.Cards;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>What the bot can answer: example questions as buttons, the loaded cities and aspects. Also the welcome card.</summary>
public sealed class HelpComposer(CardRenderer renderer) : IAnswerComposer
{
    public const string TemplateName = "help";

    public AnswerKind Kind => AnswerKind.Help;

    public IReadOnlyList<string> Templates => [TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Compose(request.Synopsis, "So können Sie mich fragen");
    }

    public Reply Welcome(Synopsis.ISynopsisRepository synopsis) =>
        Compose(synopsis, "Willkommen beim IntegrationBot");

    private Reply Compose(Synopsis.ISynopsisRepository synopsis, string title) =>
        renderer.Render(TemplateName, _ => Build(synopsis, title));

    private static CardContent Build(Synopsis.ISynopsisRepository synopsis, string title)
    {
        var followUpCity = synopsis.Cities.Count > 1 ? synopsis.Cities[1].Name : synopsis.Cities.FirstOrDefault()?.Name ?? "…";
        string[] intro =
        [
            "Ich beantworte Fragen dazu, wie Städte ihre Integrationsarbeit organisieren – aus der Synopse, nicht aus dem Internet.",
            $"Fragen Sie nach einer Stadt, einem Aspekt oder beidem, vergleichen Sie Städte, oder suchen Sie nach einem Stichwort („Welche Städte haben …?“). Nachfragen wie „Und in {followUpCity}?“ verstehe ich auch.",
            "Auch zur Synopse selbst: „Von wann sind die Daten?“, „Welche Städte haben keine Angaben zu …?“, „Was bedeutet …?“.",
        ];
        var examples = ExampleQuestions.For(synopsis);
        var cities = Phrases.Cities(synopsis.Cities);
        var aspects = FollowUpQuestions.JoinGerman([.. synopsis.Aspects.Select(a => a.Title)]);
        var text = new StringBuilder().AppendLine(title);
        foreach (var line in intro)
        {
            text.AppendLine(line);
        }

        text.AppendLine().AppendLine("Probieren Sie zum Beispiel:");
        foreach (var example in examples)
        {
            text.Append("• ").AppendLine(example.Question);
        }

        text.AppendLine().Append("Städte: ").AppendLine(CardText.Plain(cities))
            .Append("Aspekte: ").AppendLine(CardText.Plain(aspects))
            .AppendLine().Append(CardSource.Of(synopsis.Document).PlainLine);
        var data = new JsonObject
        {
            ["title"] = title,
            ["intro"] = new JsonArray([.. intro.Select(l => (JsonNode)new JsonObject { ["text"] = CardText.Markdown(l) })]),
            ["examples"] = FollowUp.ToJson(examples),
            ["facts"] = new JsonArray(
                new JsonObject { ["title"] = "Städte", ["value"] = CardText.Markdown(cities) },
                new JsonObject { ["title"] = "Aspekte", ["value"] = CardText.Markdown(aspects) }),
            ["source"] = CardSource.Of(synopsis.Document).Markdown,
            ["actions"] = FollowUp.ToJson([FollowUpQuestions.ListCities, FollowUpQuestions.ListAspects]),
        };
        return new CardContent(data, text.ToString().Trim(), $"{title}. Fragen Sie zum Beispiel: {examples.FirstOrDefault()?.Question}");
    }
}
