using System.Globalization;
using System.Text.Json.Nodes;
using IntegrationBot.Performance;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Tests.Performance;

public sealed class JsonNodeConversionTests
{
    public static TheoryData<string> Documents() => new()
    {
        """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"TextBlock","text":"Stuttgart: Orga - Anbindung","wrap":true,"size":"Medium"}],"actions":[{"type":"Action.Submit","title":"Und in Frankfurt?","data":{"msteams":{"type":"imBack","value":"Und in Frankfurt?"}}}]}""",
        """{"umlauts":"Grüße aus München – „Präambel“","emoji":"😀👍🏽","controls":"a\u0000b\u001fc\u202Ed\u200B","html":"<b>&amp;</b>","template":"${city}","backslash":"C:\\pfad\\datei"}""",
        """{"integers":[0,-1,1,2147483648,-9007199254740993,9223372036854775807],"reals":[0.5,-0.25,1.0,3.14159,1e-7,6.02e23],"flags":[true,false,null]}""",
        """{"empty":{},"emptyArray":[],"nested":[[[[{"deep":[[1],[2,[3]]]}]]]],"nulls":{"a":null},"":"empty name"}""",
        """{"dateLike":"2026-11-26T12:00:00","dateWithZone":"2026-11-26T12:00:00+01:00","time":"12:00"}""",
        """[1,"two",{"three":3},[4],null,true]""",
        "\"just a string\"",
        "42",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Converts_to_the_same_json_as_parsing_the_serialised_node(string json)
    {
        var node = JsonNode.Parse(json);

        var converted = JsonNodeConversion.ToJToken(node);

        Assert.Equal(ParseVerbatim(node!.ToJsonString()).ToString(Formatting.None), converted.ToString(Formatting.None));
    }

    [Fact]
    public void Converts_nodes_built_in_code_with_clr_values()
    {
        var card = new JsonObject
        {
            ["text"] = "Präambel",
            ["count"] = 3,
            ["score"] = 0.95,
            ["big"] = 12345678901L,
            ["money"] = 1.5m,
            ["letter"] = 'x',
            ["flag"] = true,
            ["missing"] = null,
            ["when"] = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero),
            ["items"] = new JsonArray(1, "zwei", new JsonObject { ["drei"] = 3 }),
        };

        var converted = JsonNodeConversion.ToJToken(card);

        Assert.Equal(ParseVerbatim(card.ToJsonString()).ToString(Formatting.None), converted.ToString(Formatting.None));
        Assert.Equal(JTokenType.String, converted["when"]!.Type);
    }

    [Fact]
    public void Random_documents_convert_like_parsing_them()
    {
        var random = new Random(20261126);
        for (var i = 0; i < 500; i++)
        {
            var node = RandomNode(random, depth: 0);
            var json = node?.ToJsonString() ?? "null";

            var converted = JsonNodeConversion.ToJToken(JsonNode.Parse(json));

            Assert.Equal(ParseVerbatim(json).ToString(Formatting.None), converted.ToString(Formatting.None));
        }
    }

    private static JToken ParseVerbatim(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    private static JsonNode? RandomNode(Random random, int depth)
    {
        var kind = depth > 4 ? random.Next(4) : random.Next(6);
        return kind switch
        {
            0 => JsonValue.Create(RandomText(random)),
            1 => random.Next(2) == 0 ? JsonValue.Create(random.NextInt64(long.MinValue, long.MaxValue)) : JsonValue.Create(Math.Round(random.NextDouble() * 1000 - 500, random.Next(8))),
            2 => JsonValue.Create(random.Next(2) == 0),
            3 => null,
            4 => new JsonArray(Enumerable.Range(0, random.Next(5)).Select(_ => RandomNode(random, depth + 1)).ToArray()),
            _ => RandomObject(random, depth),
        };
    }

    private static JsonObject RandomObject(Random random, int depth)
    {
        var obj = new JsonObject();
        for (var i = random.Next(5); i > 0; i--)
        {
            obj[RandomText(random) + i.ToString(CultureInfo.InvariantCulture)] = RandomNode(random, depth + 1);
        }

        return obj;
    }

    private static string RandomText(Random random)
    {
        const string alphabet = "abcÄÖÜäöüß „“–😀\\\"/\n\t\u0001\u202E<>&$";
        var length = random.Next(12);
        var chars = new List<char>();
        for (var i = 0; i < length; i++)
        {
            var c = alphabet[random.Next(alphabet.Length)];
            if (char.IsSurrogate(c))
            {
                continue;
            }

            chars.Add(c);
        }

        return new string([.. chars]);
    }
}
