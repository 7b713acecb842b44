namespace IntegrationBot.Core.Understanding.Decision.Rules;

/// <summary>
/// "Welche Städte haben ein Welcome Center?": the words asked for are the aspect's own name, so the aspect across all
/// cities answers better than a word search.
/// </summary>
internal sealed class AspectNameSearchRule : IDecisionRule
{
    public string Name => "search.aspect-name";

    public RecognitionResult? TryDecide(DecisionInput input)
    {
        var residual = input.Analysis.Residual;
        return input.SearchShaped && input.AspectsStrong && input.Aspects.Count == 1 && residual.Count > 0
            && residual.All(t => input.Model.AspectRanker.NamedAspect(t.Key) == input.Aspects[0])
            ? input.Results.Query([], input.Aspects, aspectsStrong: true)
            : null;
    }
}
