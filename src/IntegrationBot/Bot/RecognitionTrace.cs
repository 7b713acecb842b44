using IntegrationBot.Core.Understanding;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace IntegrationBot.Bot;

/// <summary>
/// The "IntegrationBot.Recognition" trace activity of the recognition contract (docs/understanding.md). The value is a
/// Newtonsoft <see cref="JObject"/> with exactly the contract's camelCase fields: an anonymous object or a
/// record came back as <c>{}</c> in expectReplies responses, a JObject serialises whole.
/// </summary>
public static class RecognitionTrace
{
    public const string Name = "IntegrationBot.Recognition";
    public const string Label = "Recognition";
    public const string ValueType = "IntegrationBot.Recognition";

    public static Activity CreateActivity(RecognitionResult recognition)
    {
        ArgumentNullException.ThrowIfNull(recognition);
        return new Activity
        {
            Type = ActivityTypes.Trace,
            Name = Name,
            Label = Label,
            ValueType = ValueType,
            Value = ToJson(recognition),
        };
    }

    public static JObject ToJson(RecognitionResult recognition)
    {
        ArgumentNullException.ThrowIfNull(recognition);
        var value = new JObject
        {
            ["intent"] = recognition.Intent.ToString(),
            ["score"] = recognition.Score,
            ["cities"] = new JArray(recognition.Cities.Select(city => city.Name)),
            ["aspects"] = new JArray(recognition.Aspects.Select(aspect => aspect.Title)),
            ["unknownCities"] = new JArray(recognition.UnknownCities),
            ["searchTerms"] = new JArray(recognition.SearchTerms),
            ["results"] = new JArray(recognition.Results.Select(hit => new JObject
            {
                ["city"] = hit.City.Name,
                ["aspect"] = hit.Aspect.Title,
                ["score"] = hit.Score,
            })),
            ["fromContext"] = new JArray(recognition.FromContext),
        };

        // Optional fields of the data-question intents: present only when they say something.
        if (recognition.Coverage is { } coverage)
        {
            value["coverage"] = coverage.ToString().ToLowerInvariant();
        }

        if (recognition.Term is { Length: > 0 } term)
        {
            value["term"] = term;
        }

        // Which named rule decided: what the score is the calibrated precision of (docs/understanding.md).
        if (recognition.Rule is { Length: > 0 } rule)
        {
            value["rule"] = rule;
        }

        return value;
    }
}
