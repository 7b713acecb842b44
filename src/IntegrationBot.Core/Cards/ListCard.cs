using System.Text;
using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Cards;

/// <summary>
/// Data for <c>cards/list.json</c>: rows of name + detail, each a button asking about that row. Rows beyond the
/// budget are named in a line instead of shown, so even a long list fits one Teams message.
/// </summary>
public sealed class ListCard
{
    public const string TemplateName = "list";

    public ListCard(string title, string subtitle, CardSource source)
    {
        Title = title;
        Subtitle = subtitle;
        Source = source;
    }

    public string Title { get; }

    public string Subtitle { get; }

    public CardSource Source { get; }

    public List<(string Name, string Detail, FollowUp Action)> Items { get; } = [];

    public List<FollowUp> Actions { get; } = [];

    public string Speak { get; set; } = string.Empty;

    public CardContent Build(ContentBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var (shown, omitted) = budget.Take(Items);
        var text = new StringBuilder().AppendLine(CardText.Plain(Title)).AppendLine(CardText.Plain(Subtitle));
        var items = new JsonArray();
        foreach (var (name, detail, action) in shown)
        {
            text.Append("• ").Append(CardText.Plain(name)).Append(" (").Append(CardText.Plain(detail)).AppendLine(")");
            items.Add(new JsonObject
            {
                ["name"] = CardText.Markdown(name),
                ["detail"] = CardText.Markdown(detail),
                // The whole row is the button, so its name is what the row shows (WCAG 2.5.3 Label in Name).
                ["action"] = (action with { Title = $"{name}, {detail}" }).ToJson(),
            });
        }

        var notes = new JsonArray();
        if (omitted.Count > 0)
        {
            var note = ContentBudget.OmittedNote([.. omitted.Select(o => o.Name)], "Fragen Sie gezielt danach.");
            text.AppendLine(note);
            notes.Add(new JsonObject { ["text"] = CardText.Markdown(note) });
        }

        text.AppendLine().Append(Source.PlainLine);
        var data = new JsonObject
        {
            ["title"] = CardText.Markdown(Title),
            ["subtitle"] = CardText.Markdown(Subtitle),
            ["items"] = items,
            ["notes"] = notes,
            ["source"] = Source.Markdown,
            ["actions"] = FollowUp.ToJson(Actions),
        };
        return new CardContent(data, text.ToString().Trim(), Speak.Length > 0 ? Speak : CardText.Plain(Title));
    }
}
