namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>Only hints at aspects and no place: a query on the best of them, the others offered ("Meinten Sie …?").</summary>
internal sealed class HintedQueryRule : IDecisionRule
{
    public string Name => "query.hinted";

    public RecognitionResult? TryDecide(DecisionInput input) =>
        input.Aspects.Count > 0 ? input.Results.Query(input.Cities, input.Aspects, input.AspectsStrong) : null;
}
