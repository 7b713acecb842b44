using System.Text.Json.Nodes;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Answers.Lookup;
using IntegrationBot.Core.Cards;
using IntegrationBot.Core.Synopsis;
using static IntegrationBot.Core.Tests.Cards.AnswerScenarios;
using static IntegrationBot.Core.Tests.Cards.CardFixtures;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>
/// Every card kind holds on a phone (Teams mobile has no horizontal scrolling): nothing visible at narrow width is a
/// ColumnSet of 3+ columns or a Table of 4+ columns, tables have no clickable cells (assistive technology reads a
/// selectAction cell as a button inside a table row), at most 3 buttons are primary, and every card reply carries
/// a speak with the plain-text answer. The browser check (real renderer, 360 px) is in the node render test.
/// </summary>
public sealed class NarrowWidthLayoutTests
{
    private const int MaxColumns = 2;
    private const int MaxTableColumns = 3;

    public static TheoryData<string> Scenarios => Names;

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Card_has_no_wide_column_set_or_table_visible_at_narrow_width(string scenario)
    {
        var card = All[scenario]().Card!;

        Assert.Empty(NarrowProblems(card));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Card_has_at_most_three_primary_actions_and_no_clickable_table_cells(string scenario)
    {
        var card = All[scenario]().Card!;

        var actions = card["actions"]?.AsArray() ?? [];
        Assert.True(actions.Count(a => a?["mode"]?.GetValue<string>() != "secondary") <= FollowUp.MaxPrimary, $"{actions.Count} Aktionen, davon zu viele primär");
        Assert.DoesNotContain(CardJson.OfType(card, "TableCell"), cell => cell["selectAction"] is not null);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Card_reply_speaks_the_plain_text_answer(string scenario)
    {
        var reply = All[scenario]();

        var firstContentLine = reply.Text.Split('\n').Select(l => l.Trim()).Skip(1).FirstOrDefault(l => l.Length > 0);
        Assert.False(string.IsNullOrWhiteSpace(reply.Speak));
        if (firstContentLine is not null)
        {
            Assert.Contains(firstContentLine.TrimStart('•', '=', ' ').TrimEnd('=', ' ', '.', ':'), reply.Speak, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_check_finds_a_three_column_set_and_a_wide_table_but_not_a_hidden_one()
    {
        static JsonObject Columns(int n) => new() { ["type"] = "ColumnSet", ["columns"] = new JsonArray([.. Enumerable.Range(0, n).Select(_ => (JsonNode)new JsonObject { ["type"] = "Column" })]) };
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray(
                Columns(3),
                new JsonObject { ["type"] = "Table", ["columns"] = new JsonArray(new JsonObject(), new JsonObject(), new JsonObject(), new JsonObject()) },
                new JsonObject { ["type"] = "Container", ["isVisible"] = false, ["items"] = new JsonArray(Columns(5)) },
                Columns(2)),
        };

        Assert.Equal(2, NarrowProblems(card).Count);
    }

    [Fact]
    public void Inserted_lookup_cards_stand_alone_and_hold_at_narrow_width()
    {
        var lookup = new SynopsisLookup(Recognizer, Seed, ((IntegrationBot.Core.Understanding.Recognizer)Recognizer).Model.SearchIndex, Renderer);

        var items = lookup.Find(null, 0, 25, DateTimeOffset.UnixEpoch).Items.Concat(lookup.Find("Flüchtlingsberatung", 0, 25, DateTimeOffset.UnixEpoch).Items).ToList();

        Assert.NotEmpty(items);
        Assert.All(items, item =>
        {
            Assert.Empty(NarrowProblems(item.Card.Card!));
            Assert.Empty(TeamsCardRules.Check(item.Card));
            Assert.Empty(CardJson.OfType(item.Card.Card, "Action.Submit"));
            Assert.Contains(CardJson.TextBlocks(item.Card.Card), t => t.StartsWith($"Quelle: {Seed.Document.Title}", StringComparison.Ordinal) && (t.Contains("Stand: ", StringComparison.Ordinal) || t.Contains("abgerufen am 01.01.1970", StringComparison.Ordinal)));
        });
    }

    /// <summary>Wide elements a narrow screen would show: hidden ones (isVisible false, or inside a hidden container) do not count.</summary>
    private static List<string> NarrowProblems(JsonNode? node, string path = "$")
    {
        var problems = new List<string>();
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    problems.AddRange(NarrowProblems(array[i], $"{path}[{i}]"));
                }

                break;
            case JsonObject obj when obj["isVisible"] is JsonValue visible && !visible.GetValue<bool>():
                break;
            case JsonObject obj:
                var type = obj["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
                var columns = obj["columns"] is JsonArray c ? c.Count : 0;
                if (type == "ColumnSet" && columns > MaxColumns)
                {
                    problems.Add($"{path}: ColumnSet mit {columns} Spalten");
                }

                if (type == "Table" && columns > MaxTableColumns)
                {
                    problems.Add($"{path}: Table mit {columns} Spalten");
                }

                foreach (var (key, value) in obj.Where(p => p.Key != "data"))
                {
                    problems.AddRange(NarrowProblems(value, $"{path}.{key}"));
                }

                break;
        }

        return problems;
    }
}
