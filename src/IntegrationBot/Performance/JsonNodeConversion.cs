using System.Text.Json;
using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Performance;

/// <summary>
/// Copies a System.Text.Json node (our cards) into the Newtonsoft tree the Bot Framework serialises, node by node.
/// The usual <c>JObject.Parse(node.ToJsonString())</c> writes the whole card to a string, tokenises it again and
/// records line numbers for every token; this allocates about a third less and keeps strings that look like dates
/// as strings (Parse would turn them into dates and re-format them).
/// </summary>
public static class JsonNodeConversion
{
    public static JToken ToJToken(JsonNode? node) => node switch
    {
        null => JValue.CreateNull(),
        JsonObject obj => ToJObject(obj),
        JsonArray array => ToJArray(array),
        JsonValue value => ToJValue(value),
        _ => Reparse(node),
    };

    public static JObject ToJObject(JsonObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var result = new JObject();
        foreach (var (name, value) in obj)
        {
            result.Add(name, ToJToken(value));
        }

        return result;
    }

    private static JArray ToJArray(JsonArray array)
    {
        var result = new JArray();
        foreach (var item in array)
        {
            result.Add(ToJToken(item));
        }

        return result;
    }

    private static JToken ToJValue(JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String when value.TryGetValue<string>(out var text):
                return new JValue(text);
            case JsonValueKind.True:
                return new JValue(true);
            case JsonValueKind.False:
                return new JValue(false);
            case JsonValueKind.Null:
                return JValue.CreateNull();
            case JsonValueKind.Number when value.TryGetValue<long>(out var integer):
                return new JValue(integer);
            case JsonValueKind.Number when value.TryGetValue<double>(out var real) && double.IsFinite(real):
                return new JValue(real);
            default:
                // Anything else (chars, dates, big numbers, custom converters): the value's own JSON, read verbatim.
                return Reparse(value);
        }
    }

    private static JToken Reparse(JsonNode node)
    {
        using var reader = new JsonTextReader(new StringReader(node.ToJsonString())) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }
}
