using System.Text;
using System.Text.Json.Nodes;
using IntegrationBot.Core.Synopsis;

namespace IntegrationBot.Core.Cards;

/// <summary>
/// Builds the data for <c>cards/entries.json</c>: groups (usually one per aspect) of entries (usually one per city).
/// Entries are stacked, never side by side: Teams on a phone has no horizontal scrolling, and long German compounds in
/// narrow columns break mid-word (Teams' <c>targetWidth</c> alternatives are not an option: the Adaptive Cards renderer of
/// Web Chat does not know it and would show both). A group in which no entry exists is folded into one line.
/// The plain-text version is written alongside, from the same content.
/// </summary>
public sealed class EntriesCard
{
    public const string TemplateName = "entries";

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

    /// <summary>
    /// The next page when the budget leaves entries out: given the omitted (group heading, entry heading) pairs, the
    /// question that shows the next few of them. Its button comes first, so long content pages instead of ending.
    /// </summary>
    public Func<IReadOnlyList<(string Group, string Entry)>, FollowUp?>? NextPage { get; set; }

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
        var omittedPairs = new List<(string Group, string Entry)>();
        // With several groups, one in which nobody has an entry is only named (once, below): a column of
        // „Keine Angabe“ blocks is wasted space on a phone.
        var empty = _groups.Count > 1
            ? _groups.Where(static g => g.Heading.Length > 0 && g.Entries.All(static e => e.Entry is null)).Select(static g => g.Heading).ToList()
            : [];
        foreach (var (heading, allEntries) in _groups.Where(g => !empty.Contains(g.Heading)))
        {
            var room = budget.MaxItems is { } max ? Math.Max(0, max - shownSoFar) : int.MaxValue;
            var entries = allEntries.Take(room).ToList();
            omitted.AddRange(allEntries.Skip(room).Select(e => string.Join(" – ", new[] { heading, e.Heading }.Where(h => h.Length > 0))));
            omittedPairs.AddRange(allEntries.Skip(room).Select(e => (heading, e.Heading)));
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
            var rows = new JsonArray([.. views.Select(view => (JsonNode)new JsonObject
            {
                ["entries"] = new JsonArray(view.DeepClone()),
            })]);
            groups.Add(new JsonObject { ["heading"] = CardText.Markdown(heading), ["rows"] = rows });
        }

        var notes = _notes.ToList();
        if (empty.Count > 0)
        {
            notes.Insert(0, $"{EntryView.NoEntry} zu: {FollowUpQuestions.JoinGerman(empty)}.");
        }

        if (omitted.Count > 0)
        {
            notes.Insert(0, ContentBudget.OmittedNote(omitted, "Fragen Sie gezielt nach einer Stadt oder einem Aspekt."));
        }

        foreach (var note in notes)
        {
            text.AppendLine().AppendLine(CardText.Plain(note));
        }

        text.AppendLine().Append(Source.PlainLine);
        var data = new JsonObject
        {
            ["title"] = CardText.Markdown(Title),
            ["subtitle"] = CardText.Markdown(Subtitle),
            ["groups"] = groups,
            ["notes"] = new JsonArray([.. notes.Select(n => (JsonNode)new JsonObject { ["text"] = CardText.Markdown(n) })]),
            ["source"] = Source.Markdown,
            ["downloads"] = CardDownload.ToJson(Downloads),
            ["actions"] = FollowUp.ToJson(omittedPairs.Count > 0 && NextPage?.Invoke(omittedPairs) is { } next ? [next, .. Actions.Take(FollowUp.MaxActions - 1)] : Actions),
        };
        return new CardContent(data, text.ToString().Trim(), Speak.Length > 0 ? Speak : CardText.Plain(Title));
    }
}
