using System.Text;
using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Cards;

/// <summary>
/// Data for <c>cards/message.json</c>: a short card with a title, a few lines, question buttons stacked in the
/// body (<see cref="Choices"/>: "Meinten Sie …?", covered cities) and buttons in the action bar (<see cref="Actions"/>).
/// Used for greetings, thanks, goodbye, "can't answer", unknown city, disambiguation and errors.
/// </summary>
public sealed class MessageCard
{
    public const string TemplateName = "message";

    public MessageCard(string title, params string[] lines)
    {
        Title = title;
        Lines.AddRange(lines);
    }

    public string Title { get; }

    /// <summary>Plain sentences; escaped for markdown when rendered.</summary>
    public List<string> Lines { get; } = [];

    public List<FollowUp> Choices { get; } = [];

    public List<FollowUp> Actions { get; } = [];

    public string Speak { get; set; } = string.Empty;

    public CardContent Build(ContentBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var text = new StringBuilder();
        text.AppendLine(CardText.Plain(Title));
        foreach (var line in Lines)
        {
            text.AppendLine(CardText.Plain(line));
        }

        if (Choices.Count > 0)
        {
            text.AppendLine();
            foreach (var choice in Choices)
            {
                text.Append("• ").AppendLine(CardText.Plain(choice.Title));
            }
        }

        var data = new JsonObject
        {
            ["title"] = CardText.Markdown(Title),
            ["lines"] = new JsonArray([.. Lines.Select(l => (JsonNode)new JsonObject { ["text"] = CardText.Markdown(l) })]),
            ["choices"] = FollowUp.ToJson(Choices),
            ["actions"] = FollowUp.ToJson(Actions),
        };
        var choices = Choices.Count > 0 ? [FollowUpQuestions.JoinGerman([.. Choices.Select(c => CardText.Plain(c.Title))]) + "."] : Array.Empty<string>();
        var speak = Speak.Length > 0 ? Speak : string.Join(" ", new[] { Title }.Concat(Lines).Select(CardText.Plain).Select(AsSentence).Concat(choices));
        return new CardContent(data, text.ToString().Trim(), speak);
    }

    /// <summary>Title and lines stand on lines of their own in the card; spoken in a row, each must end as a sentence.</summary>
    private static string AsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || ".!?:…".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + ".";
    }
}
