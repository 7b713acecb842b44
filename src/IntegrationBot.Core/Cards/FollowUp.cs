using System.Text.Json.Nodes;

namespace IntegrationBot.Core.Cards;

/// <summary>
/// A button that asks a question. Rendered as Action.Submit whose <c>data</c> is an object:
/// <c>{ "question": "…", "msteams": { "type": "messageBack", "text": "…", "displayText": "…" } }</c>.
/// Web Chat and the Emulator post it as <c>value.question</c>; Teams posts the messageBack <c>text</c> and shows
/// <c>displayText</c> as the user's message. The host treats both exactly like a typed question.
/// </summary>
public sealed record FollowUp(string Title, string Question)
{
    public const string QuestionKey = "question";

    /// <summary>The template data for one button: <c>{ title, data }</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["title"] = CardText.Plain(Title),
        ["data"] = SubmitData(Question),
    };

    public static JsonObject SubmitData(string question)
    {
        var text = CardText.Plain(question);
        return new JsonObject
        {
            [QuestionKey] = text,
            ["msteams"] = new JsonObject
            {
                ["type"] = "messageBack",
                ["text"] = text,
                ["displayText"] = text,
            },
        };
    }

    /// <summary>Most buttons a card carries in its action bar (Teams' host config allows 5 top-level actions).</summary>
    public const int MaxActions = 5;

    /// <summary>Buttons shown in the action bar; the rest go into the card's overflow menu („…“).</summary>
    public const int MaxPrimary = 3;

    /// <summary>
    /// Characters of button titles that fit side by side in a phone-wide action bar (360 px: about 300 px for text and
    /// padding): the primary buttons together stay within it, so none is cut off. The first button is always primary.
    /// </summary>
    public const int MaxPrimaryTitleChars = 30;

    /// <summary>
    /// The template data for an action bar: the first <see cref="MaxPrimary"/> buttons are primary, the rest
    /// <c>mode: "secondary"</c>. Teams cuts off what does not fit a phone's width, and its guidance is 1–3 primary buttons.
    /// </summary>
    public static JsonArray ToJson(IEnumerable<FollowUp> followUps)
    {
        ArgumentNullException.ThrowIfNull(followUps);
        var titleChars = 0;
        var secondary = false;
        return [.. followUps.DistinctBy(static f => f.Question, StringComparer.OrdinalIgnoreCase).Select((f, i) =>
        {
            titleChars += f.Title.Length;
            secondary |= i >= MaxPrimary || (i > 0 && titleChars > MaxPrimaryTitleChars);
            var json = f.ToJson();
            json["mode"] = secondary ? "secondary" : "primary";
            return (JsonNode)json;
        })];
    }
}
