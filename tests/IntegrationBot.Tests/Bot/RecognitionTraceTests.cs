using IntegrationBot.Bot;
using IntegrationBot.Core.Search;
using IntegrationBot.Core.Synopsis;
using IntegrationBot.Core.Understanding;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Tests.Bot;

public sealed class RecognitionTraceTests
{
    [Fact]
    public void Trace_value_has_exactly_the_contract_fields_in_camel_case()
    {
        var bielefeld = new City("Bielefeld");
        var structure = new Aspect("Orga-Struktur", 2);
        var recognition = new RecognitionResult
        {
            Intent = Intent.Search,
            Score = 0.75,
            Cities = [bielefeld],
            Aspects = [structure],
            UnknownCities = ["Köln"],
            SearchTerms = ["Flüchtlingsberatung"],
            Results = [new SearchHit(bielefeld, structure, 1.0, "… Flüchtlingsberatung …", ["Flüchtlingsberatung"])],
            FromContext = ["aspects"],
            Alternatives = [new Alternative("Bielefeld", "Wie ist Bielefeld organisiert?", 0.5)],
            Text = "welche städte haben eine flüchtlingsberatung",
        };

        var value = RecognitionTrace.ToJson(recognition);

        Assert.Equal(
            ["intent", "score", "cities", "aspects", "unknownCities", "searchTerms", "results", "fromContext"],
            value.Properties().Select(property => property.Name));
        Assert.Equal("Search", (string?)value["intent"]);
        Assert.Equal(0.75, (double)value["score"]!);
        Assert.Equal(["Bielefeld"], value["cities"]!.Values<string>());
        Assert.Equal(["Orga-Struktur"], value["aspects"]!.Values<string>());
        Assert.Equal(["Köln"], value["unknownCities"]!.Values<string>());
        Assert.Equal(["Flüchtlingsberatung"], value["searchTerms"]!.Values<string>());
        Assert.True(JToken.DeepEquals(new JObject { ["city"] = "Bielefeld", ["aspect"] = "Orga-Struktur", ["score"] = 1.0 }, value["results"]![0]));
        Assert.Equal(["aspects"], value["fromContext"]!.Values<string>());
    }

    [Fact]
    public void Trace_names_the_rule_that_decided_as_an_optional_field()
    {
        var value = RecognitionTrace.ToJson(RecognitionResult.NoneFor("Wetter") with { Rule = "out-of-scope", Score = 0.75 });

        Assert.Equal("out-of-scope", (string?)value["rule"]);
        Assert.Null(RecognitionTrace.ToJson(RecognitionResult.NoneFor("Wetter"))["rule"]);
    }

    [Fact]
    public void Trace_activity_is_named_per_the_contract()
    {
        var activity = RecognitionTrace.CreateActivity(RecognitionResult.NoneFor("Wie viele Einwohner hat Stuttgart?"));

        Assert.Equal("trace", activity.Type);
        Assert.Equal("IntegrationBot.Recognition", activity.Name);
        Assert.Equal("Recognition", activity.Label);
        Assert.Equal("IntegrationBot.Recognition", activity.ValueType);
        Assert.Equal("None", (string?)((JObject)activity.Value)["intent"]);
        Assert.Empty(((JObject)activity.Value)["cities"]!);
    }
}
