using System.Text.RegularExpressions;
using IntegrationBot.Core.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Bot;

/// <summary>
/// Reads the question out of a message activity, whatever way the user asked it: typed text (with every @mention
/// removed, as Teams sends them in channels and group chats), an imBack/messageBack button (Teams puts
/// the question into <c>text</c>), or an Action.Submit click from Web Chat or the Emulator (no text, the card's
/// data object arrives as <c>value</c> with a <c>question</c> field).
/// </summary>
public static partial class IncomingQuestion
{
    /// <summary>The field of an Action.Submit data object that carries the follow-up question.</summary>
    public const string QuestionField = FollowUp.QuestionKey;

    /// <returns>The trimmed question, or null when the activity carries none (empty text, an image, an unknown card payload).</returns>
    public static string? From(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = WithoutMentions(activity.Text, MentionsOf(activity));
        if (!string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        return QuestionFromValue(activity.Value);
    }

    /// <summary>
    /// Removes every mention — of the bot, a person, a tag or a channel — before the question is read: a tag named
    /// „Frankfurt Team“ or a colleague named like a place must never become a city, an aspect or a search term.
    /// The mention entities give the exact text Teams put into the message; an <c>&lt;at&gt;</c> element no entity
    /// describes (a client that sends none) is removed as well.
    /// </summary>
    public static string WithoutMentions(string? text, IEnumerable<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        foreach (var mentionText in mentions.Select(static m => m.Text).Where(static t => !string.IsNullOrWhiteSpace(t)).OrderByDescending(static t => t!.Length))
        {
            text = text.Replace(mentionText!, " ", StringComparison.OrdinalIgnoreCase);
        }

        return Spaces().Replace(AtElement().Replace(text, " "), " ").Trim();
    }

    /// <summary>The SDK reads each mention entity with Newtonsoft; a malformed one must not fail the turn.</summary>
    private static IReadOnlyList<Mention> MentionsOf(IMessageActivity activity)
    {
        try
        {
            return activity.GetMentions() ?? [];
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return [];
        }
        catch (ArgumentException)
        {
            return [];
        }
    }

    private static string? QuestionFromValue(object? value)
    {
        var data = value switch
        {
            JObject json => json,
            string json when json.TrimStart().StartsWith('{') => TryParse(json),
            _ => null,
        };
        var question = data?.GetValue(QuestionField, StringComparison.OrdinalIgnoreCase);
        return question?.Type == JTokenType.String && !string.IsNullOrWhiteSpace((string?)question)
            ? ((string)question!).Trim()
            : null;
    }

    private static JObject? TryParse(string json)
    {
        try
        {
            return JObject.Parse(json);
        }
        catch (Newtonsoft.Json.JsonReaderException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<at\b[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex AtElement();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
