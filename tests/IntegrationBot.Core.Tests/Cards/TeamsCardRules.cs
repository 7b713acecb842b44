using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationBot.Core.Answers;
using IntegrationBot.Core.Cards;

namespace IntegrationBot.Core.Tests.Cards;

/// <summary>
/// What Teams needs from a card beyond schema validity (the npm validator checks that): schema 1.5 with no newer
/// features, full width, wrapping text, Action.Submit data as an object with msteams messageBack, no leftover
/// template syntax, unique ids, a readable text version, and the whole activity under the size limit.
/// </summary>
internal static class TeamsCardRules
{
    private static readonly HashSet<string> Types15 =
    [
        "AdaptiveCard", "TextBlock", "Image", "Media", "RichTextBlock", "TextRun", "Container", "ColumnSet", "Column",
        "FactSet", "ImageSet", "ActionSet", "Table", "TableRow", "TableCell",
        "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet",
        "Action.Submit", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute",
    ];

    // Properties introduced after 1.5 (adaptivecards 3.0.6 knows them as v1.6).
    private static readonly HashSet<string> Properties16 =
        ["menuActions", "labelPosition", "labelWidth", "inputStyle", "forceLoad", "captionSources", "targetWidth", "conditionallyEnabled"];

    private const int MaxTopLevelActions = 6;

    public static IReadOnlyList<string> Check(Reply reply)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(reply.Text))
        {
            problems.Add("Reply.Text ist leer");
        }

        if (string.IsNullOrWhiteSpace(reply.Speak))
        {
            problems.Add("Reply.Speak ist leer");
        }

        if (reply.Text.Contains("siehe Karte", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("Reply.Text verweist nur auf die Karte");
        }

        if (reply.Card is null)
        {
            problems.Add("keine Karte");
            return problems;
        }

        if (CardRenderer.Size(reply) > CardRenderer.MaxActivityBytes)
        {
            problems.Add($"Aktivität zu groß: {CardRenderer.Size(reply)} Bytes");
        }

        problems.AddRange(Check(reply.Card));
        return problems;
    }

    public static IReadOnlyList<string> Check(JsonObject card)
    {
        var problems = new List<string>();
        Expect(card["type"]?.GetValue<string>() == "AdaptiveCard", "type ist nicht AdaptiveCard", problems);
        Expect(card["version"]?.GetValue<string>() == "1.5", "version ist nicht \"1.5\"", problems);
        Expect(card["msteams"]?["width"]?.GetValue<string>() == "Full", "msteams.width ist nicht \"Full\"", problems);
        Expect((card["actions"]?.AsArray().Count ?? 0) <= MaxTopLevelActions, $"mehr als {MaxTopLevelActions} Aktionen", problems);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Walk(card, "$", problems, ids);
        return problems;
    }

    private static void Walk(JsonNode? node, string path, List<string> problems, HashSet<string> ids)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", problems, ids);
                }

                break;
            case JsonObject obj:
                CheckObject(obj, path, problems, ids);
                foreach (var (key, value) in obj)
                {
                    // Submit data is the bot's own payload, not card structure.
                    if (key != "data")
                    {
                        Walk(value, $"{path}.{key}", problems, ids);
                    }
                }

                break;
        }
    }

    private static void CheckObject(JsonObject obj, string path, List<string> problems, HashSet<string> ids)
    {
        foreach (var key in obj.Select(p => p.Key))
        {
            Expect(!key.StartsWith('$') || key == "$schema", $"{path}: Vorlagen-Schlüssel {key} in der Karte", problems);
            Expect(!Properties16.Contains(key), $"{path}: {key} gibt es erst ab Schema 1.6", problems);
        }

        var type = obj["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : null;
        if (type is not null && !path.Contains(".data", StringComparison.Ordinal))
        {
            Expect(Types15.Contains(type), $"{path}: Typ {type} ist nicht Teil von Schema 1.5", problems);
        }

        if (obj["id"] is JsonValue id)
        {
            Expect(ids.Add(id.GetValue<string>()), $"{path}: id {id} doppelt", problems);
        }

        switch (type)
        {
            case "TextBlock":
                Expect(obj["wrap"]?.GetValue<bool>() == true, $"{path}: TextBlock ohne wrap: true (\"{obj["text"]}\")", problems);
                Expect(!string.IsNullOrWhiteSpace(obj["text"]?.GetValue<string>()), $"{path}: TextBlock ohne Text", problems);
                break;
            case "Action.Submit":
                CheckSubmit(obj, path, problems);
                break;
        }
    }

    private static void CheckSubmit(JsonObject action, string path, List<string> problems)
    {
        if (action["data"] is not JsonObject data)
        {
            problems.Add($"{path}: Action.Submit.data ist kein Objekt");
            return;
        }

        var question = data[FollowUp.QuestionKey]?.GetValue<string>();
        Expect(!string.IsNullOrWhiteSpace(question), $"{path}: Action.Submit.data.question fehlt", problems);
        if (data["msteams"] is not JsonObject msteams)
        {
            problems.Add($"{path}: Action.Submit.data.msteams fehlt");
            return;
        }

        var kind = msteams["type"]?.GetValue<string>();
        Expect(kind is "messageBack" or "imBack", $"{path}: msteams.type ist {kind}", problems);
        var sent = kind == "imBack" ? msteams["value"]?.GetValue<string>() : msteams["text"]?.GetValue<string>();
        Expect(sent == question, $"{path}: msteams sendet \"{sent}\" statt der Frage \"{question}\"", problems);
        if (kind == "messageBack")
        {
            Expect(msteams["displayText"]?.GetValue<string>() == question, $"{path}: msteams.displayText zeigt nicht die Frage", problems);
        }

        Expect(!string.IsNullOrWhiteSpace(action["title"]?.GetValue<string>()), $"{path}: Action.Submit ohne Titel", problems);
    }

    private static void Expect(bool condition, string problem, List<string> problems)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
