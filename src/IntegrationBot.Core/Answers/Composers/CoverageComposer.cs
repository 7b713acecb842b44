using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Answers.Composers;

/// <summary>
/// The aspects of the synopsis and who covers them, as a list: per aspect „n von m Städten“, then who has an entry,
/// who gives only examples and who has none, in words. A list, not a table: a table of aspects × cities has no room
/// on a phone (Teams has no horizontal scrolling) and, with clickable cells, is no valid table for assistive
/// technology. A click on an aspect compares all cities.
/// </summary>
public sealed class CoverageComposer(CardRenderer renderer) : IAnswerComposer
{
    public const string TemplateName = "coverage";

    /// <summary>More names than this in one line are counted instead („und 12 weitere“).</summary>
    public const int MaxNamesPerLine = 8;

    private const int MaxActions = 3;

    public AnswerKind Kind => AnswerKind.Coverage;

    public IReadOnlyList<string> Templates => [TemplateName];

    public Reply Compose(AnswerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return renderer.Render(TemplateName, budget => Build(request.Synopsis, budget));
    }

    private static CardContent Build(ISynopsisRepository synopsis, ContentBudget budget)
    {
        const string Title = "Aspekte der Synopse";
        var subtitle = $"{Count(synopsis.Aspects.Count)} Aspekte, {Count(synopsis.Cities.Count)} Städte: wer hat wozu Angaben? Tippen Sie auf einen Aspekt für den Vergleich aller Städte.";
        var text = new StringBuilder().AppendLine(Title).AppendLine(subtitle).AppendLine();
        var (shown, omitted) = budget.Take(synopsis.Aspects);
        var rows = new JsonArray();
        foreach (var aspect in shown)
        {
            var entries = synopsis.ForAspect(aspect);
            var full = entries.Where(static e => !e.ExamplesOnly).Select(static e => e.City.Name).ToList();
            var examples = entries.Where(static e => e.ExamplesOnly).Select(static e => e.City.Name).ToList();
            var none = synopsis.Cities.Where(c => entries.All(e => e.City != c)).Select(static c => c.Name).ToList();
            var count = $"{Count(entries.Count)} von {Count(synopsis.Cities.Count)} Städten";
            var lines = new[]
            {
                full.Count > 0 ? $"Angaben: {Names(full)}" : string.Empty,
                examples.Count > 0 ? $"Nur Beispiele: {Names(examples)}" : string.Empty,
                none.Count > 0 ? $"Keine Angabe: {Names(none)}" : string.Empty,
            }.Where(static l => l.Length > 0).ToList();
            text.Append("• ").Append(CardText.Plain(aspect.Title)).Append(" (").Append(count).AppendLine(")");
            foreach (var line in lines)
            {
                text.Append("  ").AppendLine(CardText.Plain(line));
            }

            rows.Add(new JsonObject
            {
                ["aspect"] = CardText.Breakable(CardText.Plain(aspect.Title)),
                ["count"] = count,
                ["lines"] = new JsonArray([.. lines.Select(l => (JsonNode)new JsonObject { ["text"] = CardText.Markdown(l) })]),
                ["action"] = FollowUpQuestions.AllCitiesNamed(aspect).ToJson(),
            });
        }

        var notes = new JsonArray();
        if (omitted.Count > 0)
        {
            var note = ContentBudget.OmittedNote([.. omitted.Select(a => a.Title)], "Fragen Sie gezielt danach.");
            text.AppendLine(note);
            notes.Add(new JsonObject { ["text"] = CardText.Markdown(note) });
        }

        text.AppendLine().Append(CardSource.Of(synopsis.Document).PlainLine);
        var data = new JsonObject
        {
            ["title"] = Title,
            ["subtitle"] = subtitle,
            ["rows"] = rows,
            ["notes"] = notes,
            ["source"] = CardSource.Of(synopsis.Document).Markdown,
            ["actions"] = FollowUp.ToJson(Actions(synopsis)),
        };
        var speak = $"Die Synopse hat {Count(synopsis.Aspects.Count)} Aspekte und {Count(synopsis.Cities.Count)} Städte.";
        return new CardContent(data, text.ToString().Trim(), speak);
    }

    /// <summary>The best-covered aspects compared across all cities, then the city list (not what the card shows already).</summary>
    private static IEnumerable<FollowUp> Actions(ISynopsisRepository synopsis) =>
        synopsis.Aspects.Where(a => synopsis.ForAspect(a).Count >= 2)
            .OrderByDescending(a => synopsis.ForAspect(a).Count)
            .Take(MaxActions - 1)
            .Select(FollowUpQuestions.AllCitiesNamed)
            .Append(FollowUpQuestions.ListCities);

    private static string Names(IReadOnlyList<string> names) =>
        names.Count <= MaxNamesPerLine
            ? FollowUpQuestions.JoinGerman(names)
            : string.Join(", ", names.Take(MaxNamesPerLine)) + $" und {Count(names.Count - MaxNamesPerLine)} weitere";

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
