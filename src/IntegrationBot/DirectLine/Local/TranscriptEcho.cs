using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.DirectLine.Local;

/// <summary>
/// The user's own message as the transcript keeps it: only what Web Chat shows and needs to recognise its own message
/// (type, sender, text, time, channelData.clientActivityID), the text cut to a configured length. Whatever else the
/// client posted (a 256 KB value, entities, attachments' content) reaches the bot but is never stored.
/// </summary>
internal static class TranscriptEcho
{
    private static readonly string[] ClientChannelData = ["clientActivityID", "clientTimestamp"];

    public static JObject From(Activity activity, int maxTextLength)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var echo = new JObject
        {
            ["type"] = activity.Type,
            ["channelId"] = activity.ChannelId,
            ["conversation"] = new JObject { ["id"] = activity.Conversation?.Id },
            ["from"] = new JObject { ["id"] = activity.From?.Id, ["role"] = activity.From?.Role },
        };
        if (activity.From?.Name is { Length: > 0 } name)
        {
            echo["from"]!["name"] = Cut(name, 64);
        }

        if (activity.Text is { Length: > 0 } text)
        {
            echo["text"] = Cut(text, maxTextLength);
        }

        if (activity.TextFormat is { Length: > 0 and <= 16 } format)
        {
            echo["textFormat"] = format;
        }

        if (activity.Locale is { Length: > 0 and <= 35 } locale)
        {
            echo["locale"] = locale;
        }

        if (activity.Timestamp is { } timestamp)
        {
            echo["timestamp"] = timestamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (activity.ChannelData is JObject channelData)
        {
            var kept = new JObject();
            foreach (var key in ClientChannelData)
            {
                if (channelData.Value<JToken>(key) is JValue { Type: JTokenType.String } value)
                {
                    kept[key] = Cut((string)value!, 128);
                }
            }

            if (kept.Count > 0)
            {
                echo["channelData"] = kept;
            }
        }

        return echo;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");
}
