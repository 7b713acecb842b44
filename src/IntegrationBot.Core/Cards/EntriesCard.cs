using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Cards;

/// <summary>
/// Builds the data for <c>cards/entries.json</c>: groups (usually one per aspect) of entries (usually one per city).
/// Two or three entries of a group stand side by side; one, or more than three, are stacked.
/// The plain-text version is written alongside, from the same content.
/// </summary>
public sealed class EntriesCard
{
    public const string TemplateName = "entries";

    private const int MaxSideBySide = 3;

    private readonly List<(string Heading, IReadOnlyList<(string Heading, Entry? Entry)> Entries)> _groups = [];
    private readonly List<string> _notes = [];

    public EntriesCard(string title, string subtitle, CardSource source)
    {
        Title = title;
        Subtitle = subtitle;
        Source = source;
    }

    public string Title { get; }

    public string Subtitle { get; }

    public CardSource Source { get; }

    public string Speak { get; set; } = string.Empty;

    public List<FollowUp> Actions { get; } = [];

    /// <summary>Footer downloads of the same content (Excel, Word); empty when export is off.</summary>
    public List<CardDownload> Downloads { get; } = [];

    public EntriesCard AddGroup(string heading, IReadOnlyList<(string Heading, Entry? Entry)> entries)
    {
        _groups.Add((heading, entries));
        return this;
    }

    public EntriesCard AddNote(string note)
    {
        _notes.Add(note);
        return this;
    }

    public CardContent Build(ContentBudget budget)
    {
        var ids = new CardIds();
        var text = new StringBuilder();
        text.AppendLine(CardText.Plain(Title));
        if (Subtitle.Length > 0)
        {
            text.AppendLine(CardText.Plain(Subtitle));
        }

        var groups = new JsonArray();
        var shownSoFar = 0;
        var omitted = new List<string>();
        foreach (var (heading, allEntries) in _groups)
        {
            var room = budget.MaxItems is { } max ? Math.Max(0, max - shownSoFar) : int.MaxValue;
            var entries = allEntries.Take(room).ToList();
            omitted.AddRange(allEntries.Skip(room).Select(e => string.Join(" – ", new[] { heading, e.Heading }.Where(h => h.Length > 0))));
            shownSoFar += entries.Count;
            if (entries.Count == 0)
            {
                continue;
            }

            text.AppendLine();
            if (heading.Length > 0)
            {
                text.AppendLine("== " + CardText.Plain(heading) + " ==");
            }

            var views = entries.Select((e, i) =>
            {
                if (i > 0)
                {
                    text.AppendLine();
                }

                return (JsonNode)EntryView.Build(e.Heading, e.Entry, budget, ids, text);
            }).ToList();
            var perRow = views.Count is > 1 and <= MaxSideBySide ? views.Count : 1;
            var rows = new JsonArray([.. views.Chunk(perRow).Select(chunk => (JsonNode)new JsonObject
            {
                ["entries"] = new JsonArray([.. chunk.Select(v => v.DeepClone())]),
            })]);
            groups.Add(new JsonObject { ["heading"] = CardText.Markdown(heading), ["rows"] = rows });
        }

        var notes = _notes.ToList();
        if (omitted.Count > 0)
        {
            notes.Insert(0, ContentBudget.OmittedNote(omitted, "Fragen Sie gezielt nach einer Stadt oder einem Aspekt."));
        }

        foreach (var note in notes)
        {
            text.AppendLine().AppendLine(CardText.Plain(note));
        }

        text.AppendLine().Append("Quelle: ").Append(Source.PlainText);
        var data = new JsonObject
        {
            ["title"] = CardText.Markdown(Title),
            ["subtitle"] = CardText.Markdown(Subtitle),
            ["groups"] = groups,
            ["notes"] = new JsonArray([.. notes.Select(n => (JsonNode)new JsonObject { ["text"] = CardText.Markdown(n) })]),
            ["source"] = Source.Markdown,
            ["downloads"] = CardDownload.ToJson(Downloads),
            ["actions"] = FollowUp.ToJson(Actions),
        };
        return new CardContent(data, text.ToString().Trim(), Speak.Length > 0 ? Speak : CardText.Plain(Title));
    }
}
