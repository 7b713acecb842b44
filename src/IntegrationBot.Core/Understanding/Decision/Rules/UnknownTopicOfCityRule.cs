using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>
/// "Wo finde ich einen Parkplatz in Frankfurt?": a city, but a topic the synopsis knows nothing about (nouns no lexicon,
/// synopsis or entry explains). Not understood, with the city's profile offered.
/// </summary>
internal sealed class UnknownTopicOfCityRule : IDecisionRule
{
    public string Name => "none.unknown-topic";

    public RecognitionResult? TryDecide(DecisionInput input)
    {
        var analysis = input.Analysis;
        if (!input.NamedPlaces || input.Aspects.Count > 0 || input.Has(CueKind.Overview) || input.Has(CueKind.Compare) || input.FollowUp
            || input.CityHits(input.Cities).Count > 0
            || !analysis.UnexplainedNouns(input.Model.Vocabulary.Contains, input.IsLowerCase() || input.Has(CueKind.Search)).Any())
        {
            return null;
        }

        var none = input.Results.Result(Intent.None, 0.55) with { Cities = input.Cities, UnknownCities = analysis.UnknownCities };
        return input.Cities.Count == 0
            ? none
            : none with { Alternatives = [DecisionResults.ToAlternative(new Reading(Intent.Query, input.Cities, [], [], 0.5))] };
    }
}
