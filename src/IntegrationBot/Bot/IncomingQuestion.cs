using IntegrationBot.Core.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Bot;

/// <summary>
/// Reads the question out of a message activity, whatever way the user asked it: typed text (with the bot's
/// @mention removed, as Teams sends it in channels and group chats), an imBack/messageBack button (Teams puts
/// the question into <c>text</c>), or an Action.Submit click from Web Chat or the Emulator (no text, the card's
/// data object arrives as <c>value</c> with a <c>question</c> field).
/// </summary>
public static class IncomingQuestion
{
    /// <summary>The field of an Action.Submit data object that carries the follow-up question.</summary>
    public const string QuestionField = FollowUp.QuestionKey;

    /// <returns>The trimmed question, or null when the activity carries none (empty text, an image, an unknown card payload).</returns>
    public static string? From(IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        // The SDK's removal dereferences every mention's account and its text (or, without text, the account's name):
        // skip it for malformed entities rather than fail the turn.
        if (!string.IsNullOrWhiteSpace(text) && activity.Recipient?.Id is not null && activity.GetMentions().All(IsWellFormed))
        {
            text = activity.RemoveRecipientMention();
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            return text.Trim();
        }

        return QuestionFromValue(activity.Value);
    }

    private static bool IsWellFormed(Mention mention) =>
        mention.Mentioned?.Id is not null && (mention.Text is not null || mention.Mentioned.Name is not null);

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
}
