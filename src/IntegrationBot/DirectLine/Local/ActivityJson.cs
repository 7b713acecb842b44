using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.DirectLine.Local;

/// <summary>
/// Activities travel as Bot Framework schema objects, which are Newtonsoft-annotated; one serializer for reading and
/// writing them keeps the wire format identical to what the Bot Framework channels produce.
/// </summary>
internal static class ActivityJson
{
    public static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 64,
    });

    /// <summary>Reads one JSON object; null when the text is not JSON or not an object.</summary>
    public static JObject? TryParseObject(string text)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
            var token = JToken.ReadFrom(reader);
            return reader.Read() ? null : token as JObject;
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    public static JObject Snapshot(object activity) => JObject.FromObject(activity, Serializer);
}
