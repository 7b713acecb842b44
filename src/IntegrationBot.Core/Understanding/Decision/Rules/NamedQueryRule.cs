using IntegrationBot.Core.Understanding.Lexicons;

namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>
/// Places named, an aspect named or clearly meant, or all cities on an aspect (this one or the previous turn's): a query,
/// with the missing slot from the conversation.
/// </summary>
internal sealed class NamedQueryRule : IDecisionRule
{
    public string Name => "query";

    public RecognitionResult? TryDecide(DecisionInput input)
    {
        var allCities = input.Has(CueKind.AllCities)
            && (input.Aspects.Count > 0 || input.Context.Aspects.Count > 0 || input.Has(CueKind.Compare));
        return input.NamedPlaces || input.AspectsStrong || allCities
            ? input.Results.Query(input.Cities, input.Aspects, input.AspectsStrong)
            : null;
    }
}
