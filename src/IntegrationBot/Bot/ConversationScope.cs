using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Bot;

/// <summary>
/// Where a turn's context is stored, and whose it is. One storage key per installation scope — a personal chat, a
/// group chat, or a whole team (all its channels and threads) — so that uninstalling forgets everything under one key.
/// Inside that key, a group chat or channel keeps one context per thread and person: Alice's „Und in Frankfurt?“
/// continues Alice's question, not Bob's. A personal chat (and the Emulator, Web Chat) has one person, one context.
/// </summary>
public sealed record ConversationScope(string StorageKey, string PersonKey)
{
    /// <summary>The person key of a one-person conversation.</summary>
    public const string WholeConversation = "";

    private const string ThreadSuffix = ";messageid=";

    public static ConversationScope Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId
            ?? throw new InvalidOperationException("The activity has no channelId; its conversation state has no key.");
        var conversationId = activity.Conversation?.Id
            ?? throw new InvalidOperationException("The activity has no conversation id; its conversation state has no key.");
        var teamId = activity.ChannelId == Channels.Msteams ? TeamId(activity.ChannelData) : null;
        var scopeId = teamId ?? WithoutThread(conversationId);
        var storageKey = $"{channelId}/conversations/{scopeId}";
        var shared = activity.Conversation?.ConversationType is "groupChat" or "channel" || activity.Conversation?.IsGroup == true || teamId is not null;
        if (!shared)
        {
            return new ConversationScope(storageKey, WholeConversation);
        }

        var person = activity.From?.AadObjectId is { Length: > 0 } aad ? aad : activity.From?.Id ?? string.Empty;
        return new ConversationScope(storageKey, Pseudonym(conversationId, person));
    }

    /// <summary>
    /// Thread and person, pseudonymised: the store needs to tell people apart, not to know who they are (no user id
    /// or conversation id in clear text inside the stored value).
    /// </summary>
    private static string Pseudonym(string conversationId, string person)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(conversationId + "\n" + person));
        return Convert.ToBase64String(hash, 0, 16);
    }

    private static string WithoutThread(string conversationId)
    {
        var thread = conversationId.IndexOf(ThreadSuffix, StringComparison.OrdinalIgnoreCase);
        return thread < 0 ? conversationId : conversationId[..thread];
    }

    private static string? TeamId(object? channelData)
    {
        var data = channelData switch
        {
            JObject json => json,
            null => null,
            _ => TryFrom(channelData),
        };
        return data?["team"]?["id"] is JValue { Type: JTokenType.String } id && ((string?)id)?.Length > 0 ? (string?)id : null;
    }

    private static JObject? TryFrom(object channelData)
    {
        try
        {
            return JObject.FromObject(channelData);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
