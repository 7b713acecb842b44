using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Core.Answers.Composers;

namespace IntegrationBot.Core.Cards;

/// <summary>
/// Data for <c>cards/help.json</c> used as a fact sheet: a title, a few sentences, facts (title → value) and the
/// source footer, without example buttons. Answers questions about the data („Von wann sind die Daten?“) and
/// glossary terms („Was bedeutet RAA?“).
/// </summary>
public sealed class FactsCard
{
    public FactsCard(string title, CardSource source)
    {
        Title = title;
        Source = source;
    }

    public string Title { get; }

    public CardSource Source { get; }

    /// <summary>Plain sentences.</summary>
    public List<string> Lines { get; } = [];

    /// <summary>Plain title and value; a value with a link is written as markdown by <see cref="AddLinkFact"/>.</summary>
    public List<(string Title, string Plain, string Markdown)> Facts { get; } = [];

    public List<FollowUp> Actions { get; } = [];

    public string Speak { get; set; } = string.Empty;

    public FactsCard AddFact(string title, string value)
    {
        Facts.Add((title, CardText.Plain(value), CardText.Markdown(value)));
        return this;
    }

    public FactsCard AddLinkFact(string title, string label, Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        Facts.Add((title, $"{CardText.Plain(label)} ({link.AbsoluteUri})", $"[{CardText.Markdown(label)}]({CardSource.EscapeUrl(link)})"));
        return this;
    }

    public CardContent Build(ContentBudget budget)
    {
        var text = new StringBuilder().AppendLine(CardText.Plain(Title));
        foreach (var line in Lines)
        {
            text.AppendLine(CardText.Plain(line));
        }

        if (Facts.Count > 0)
        {
            text.AppendLine();
            foreach (var (title, plain, _) in Facts)
            {
                text.Append(CardText.Plain(title)).Append(": ").AppendLine(plain);
            }
        }

        text.AppendLine().Append(Source.PlainLine);
        var data = new JsonObject
        {
            ["title"] = CardText.Markdown(Title),
            ["intro"] = new JsonArray([.. Lines.Select(l => (JsonNode)new JsonObject { ["text"] = CardText.Markdown(l) })]),
            ["examples"] = new JsonArray(),
            ["facts"] = new JsonArray([.. Facts.Select(f => (JsonNode)new JsonObject { ["title"] = CardText.Markdown(f.Title), ["value"] = f.Markdown })]),
            ["source"] = Source.Markdown,
            ["actions"] = FollowUp.ToJson(Actions),
        };
        return new CardContent(data, text.ToString().Trim(), Speak.Length > 0 ? Speak : CardText.Plain(Title));
    }

    /// <summary>The template these cards expand.</summary>
    public static string TemplateName => HelpComposer.TemplateName;
}
